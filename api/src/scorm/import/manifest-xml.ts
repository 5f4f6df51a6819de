import { XMLParser } from 'fast-xml-parser';

/** Helpers for reading the XML of a SCORM manifest and its metadata files. */
export type XmlNode = { [key: string]: unknown };

// Repeated elements always come back as arrays, even when a manifest has only one.
const ARRAY_TAGS = new Set([
  ...['organization', 'item', 'resource', 'file', 'dependency', 'sequencing', 'objectives', 'objective', 'mapinfo', 'rulecondition'],
  ...['preconditionrule', 'postconditionrule', 'exitconditionrule', 'rolluprule', 'rollupcondition', 'string', 'langstring', 'map'],
]);

const ENTITIES = new Map(Object.entries({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }));

// Entity processing is off (it is what DOCTYPE attacks abuse), so the five predefined entities and character references are decoded here.
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (!entity.startsWith('#')) return ENTITIES.get(entity) ?? match;
    const code = /^#x/i.test(entity) ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

// Names are lower-cased because authoring tools disagree on letter case (scormtype/scormType, datafromlms/dataFromLMS).
export const parser = new XMLParser({
  processEntities: false,
  ignoreAttributes: false,
  removeNSPrefix: true,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  tagValueProcessor: (_name, value) => decodeEntities(value),
  attributeValueProcessor: (_name, value) => decodeEntities(value),
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
});

export function asNode(value: unknown): XmlNode {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as XmlNode;
  return typeof value === 'string' ? { '#text': value } : {};
}

export function all(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(asNode);
}

export function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return all(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value.trim() : undefined;
}

export function text(node: XmlNode | undefined, name: string): string | null {
  const value = first(node, name)?.['#text'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function bool(value: string | undefined, fallback: boolean): boolean {
  const lower = value?.toLowerCase();
  return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : fallback;
}

export function decimal(value: string): number | null {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : null;
}
