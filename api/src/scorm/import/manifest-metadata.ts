import { XMLValidator } from 'fast-xml-parser';
import { all, asNode, attr, first, parser, type XmlNode } from './manifest-xml.js';

/** One language's text of a LOM langstring. */
export interface LocalisedText {
  /** The language it says it is in (`en`, `fr-CA`), or null (`x-none`, none given). */
  language: string | null;
  text: string;
}

/** Longer descriptions are cut here: the catalogue shows a paragraph, not a document. */
const MAX_DESCRIPTION = 2000;

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const plain = value.replace(/\s+/g, ' ').trim();
  if (plain === '') return null;
  return plain.length > MAX_DESCRIPTION ? `${plain.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…` : plain;
}

function languageOf(node: XmlNode): string | null {
  const language = attr(node, 'language') ?? attr(node, 'lang');
  return language && /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(language) ? language : null;
}

/**
 * LOM general/description, in every language given: IEEE LOM as SCORM 2004 writes it
 * (`<description><string language="en">`) and IMS Metadata 1.2 as SCORM 1.2 does (`<langstring xml:lang>`).
 */
export function lomDescription(lom: XmlNode | undefined): LocalisedText[] {
  const texts: LocalisedText[] = [];
  for (const description of all(first(lom, 'general'), 'description')) {
    const strings = [...all(description, 'string'), ...all(description, 'langstring')];
    for (const node of strings.length ? strings : [description]) {
      const value = clean(node['#text']);
      if (value !== null) texts.push({ language: languageOf(node), text: value });
    }
  }
  return texts;
}

/** The description in a manifest's (or organization's) <metadata>, and the metadata file it points at (adlcp:location). */
export function readDescription(metadata: XmlNode | undefined): { texts: LocalisedText[]; location: string | null } {
  const location = first(metadata, 'location')?.['#text'];
  return {
    texts: lomDescription(first(metadata, 'lom')),
    location: typeof location === 'string' && location.trim() ? location.trim() : null,
  };
}

/**
 * The description in a metadata file of the package (a LOM document). Like the manifest, a file that
 * declares a DOCTYPE or entities is not read; one that is not well-formed gives no description.
 */
export function metadataFileDescription(xml: Buffer): LocalisedText[] {
  const source = xml.toString(xml[0] === 0xff && xml[1] === 0xfe ? 'utf16le' : 'utf8').replace(/^\uFEFF/, '');
  if (/<!(DOCTYPE|ENTITY)/i.test(source) || XMLValidator.validate(source) !== true) return [];
  try {
    const root = asNode(parser.parse(source));
    return lomDescription(asNode(root.lom ?? first(root, 'metadata')?.lom));
  } catch {
    return [];
  }
}

/** The text in `locale` (or its language), else one without a language, else the first. */
export function pickDescription(texts: LocalisedText[], locale: string): string | null {
  const language = locale.split('-')[0]!.toLowerCase();
  const of = (wanted: string) => texts.find((t) => t.language?.toLowerCase().split('-')[0] === wanted);
  return (of(language) ?? texts.find((t) => t.language === null) ?? texts[0])?.text ?? null;
}
