import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ControlMode, ManifestItem, ManifestReport, ScormManifest, ScormVersion } from './manifest-types.js';

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 10;
const MAX_ITEMS = 2000;

type XmlNode = { [key: string]: unknown };
type VersionInfo = Pick<ScormManifest, 'version' | 'edition'>;

interface Context {
  version: ScormVersion;
  hasFile: (path: string) => boolean;
  bases: string[];
  resources: Map<string, XmlNode>;
  collection: Map<string, XmlNode>;
  problems: string[];
  warnings: Set<string>;
  items: Map<string, ManifestItem>;
  count: number;
  launchable: number;
  tooDeep: boolean;
  /** Primary objectiveID → item identifier. */
  objectiveOwners: Map<string, string>;
  /** Global targetObjectiveID → identifier of the item whose primary objective writes its satisfied status. */
  globalWriters: Map<string, string>;
  /** Prerequisites can point at items later in the tree, so they are resolved once every item is known. */
  afterWalk: (() => void)[];
}

// Repeated elements always come back as arrays, even when a manifest has only one.
const ARRAY_TAGS = new Set([
  ...['organization', 'item', 'resource', 'file', 'dependency', 'sequencing', 'objectives', 'objective', 'mapinfo', 'rulecondition'],
  ...['preconditionrule', 'postconditionrule', 'exitconditionrule', 'rolluprule', 'rollupcondition'],
]);

const ENTITIES = new Map(Object.entries({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }));

// Entity processing is off (it is what DOCTYPE attacks abuse), so the five predefined entities and character references are decoded here.
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (!entity.startsWith('#')) return ENTITIES.get(entity) ?? match;
    const code = /^#x/i.test(entity) ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

// Names are lower-cased because authoring tools disagree on letter case (scormtype/scormType, datafromlms/dataFromLMS).
const parser = new XMLParser({
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

function asNode(value: unknown): XmlNode {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as XmlNode;
  return typeof value === 'string' ? { '#text': value } : {};
}

function all(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(asNode);
}

function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return all(node, name)[0];
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value.trim() : undefined;
}

function text(node: XmlNode | undefined, name: string): string | null {
  const value = first(node, name)?.['#text'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  const lower = value?.toLowerCase();
  return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : fallback;
}

function decimal(value: string): number | null {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function readDocument(xml: string | Buffer, problems: string[]): { manifest: XmlNode; source: string } | null {
  if ((typeof xml === 'string' ? Buffer.byteLength(xml) : xml.length) > MAX_BYTES) {
    problems.push('The manifest (imsmanifest.xml) is larger than 5 MB, which is far more than a course needs; it is refused.');
    return null;
  }
  const utf16 = typeof xml !== 'string' && xml[0] === 0xff && xml[1] === 0xfe;
  const source = (typeof xml === 'string' ? xml : xml.toString(utf16 ? 'utf16le' : 'utf8')).replace(/^\uFEFF/, '');
  if (/<!(DOCTYPE|ENTITY)/i.test(source)) {
    problems.push(
      'The manifest declares a DOCTYPE or entities; packages with XML entities are refused for safety (they can be used to read server files or exhaust memory).',
    );
    return null;
  }
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    problems.push(`The manifest (imsmanifest.xml) is not well-formed XML: line ${validation.err.line}: ${validation.err.msg}`);
    return null;
  }
  try {
    const parsed: unknown = parser.parse(source);
    const manifest = asNode(parsed).manifest;
    if (typeof manifest === 'object' && manifest !== null) return { manifest: asNode(manifest), source };
    problems.push('The file imsmanifest.xml does not contain a <manifest> element, so it is not a SCORM manifest.');
  } catch {
    problems.push('The manifest (imsmanifest.xml) could not be read.');
  }
  return null;
}

const SCHEMA_VERSIONS: [RegExp, VersionInfo][] = [
  [/^1\.2$/, { version: '1.2', edition: null }],
  [/^(cam )?1\.3$|^2004 2nd edition$/, { version: '2004', edition: '2nd' }],
  [/^2004 3rd edition$/, { version: '2004', edition: '3rd' }],
  [/^2004 4th edition$/, { version: '2004', edition: '4th' }],
];

function readVersion(manifest: XmlNode, source: string, problems: string[], warnings: Set<string>): VersionInfo | null {
  const declared = text(first(manifest, 'metadata'), 'schemaversion');
  if (declared !== null) {
    const key = declared
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^scorm /, '');
    const known = SCHEMA_VERSIONS.find(([pattern]) => pattern.test(key));
    if (!known) problems.push(`The manifest says it is SCORM version "${declared}"; the platform knows 1.2 and 2004 (2nd to 4th Edition).`);
    return known?.[1] ?? null;
  }
  // Some tools leave out schemaversion; the SCORM 2004 spelling of scormType and sequencing elements give the version away.
  const looks2004 = /\bscormType\s*=|<(\w+:)?sequencing[\s/>]/.test(source);
  const inferred: ScormVersion | null = looks2004 ? '2004' : /\bscormtype\s*=/i.test(source) ? '1.2' : null;
  if (inferred === null) {
    problems.push('The manifest does not say which SCORM version it is (metadata/schemaversion).');
    return null;
  }
  warnings.add(`The manifest does not say which SCORM version it is; it is read as SCORM ${inferred} from its contents.`);
  return { version: inferred, edition: null };
}

/** Joins xml:base values and an href into a path inside the package, or null when it points outside. */
function resolveHref(bases: string[], href: string): { path: string; suffix: string } | null {
  const parts = [...bases.filter((base) => base !== '').map((base) => (base.endsWith('/') ? base : `${base}/`)), href];
  if (parts.some((part) => /^([a-z][a-z0-9+.-]*:|[\\/])/i.test(part))) return null;
  const joined = parts.join('').replace(/\\/g, '/');
  const cut = joined.search(/[?#]/);
  const segments: string[] = [];
  for (const segment of (cut < 0 ? joined : joined.slice(0, cut)).split('/')) {
    // Browsers treat %2e%2e like .., so the decoded form decides.
    const plain = safeDecode(segment);
    if (plain === '' || plain === '.') continue;
    if (plain === '..' && segments.pop() === undefined) return null;
    if (plain !== '..') segments.push(segment);
  }
  return { path: segments.join('/'), suffix: cut < 0 ? '' : joined.slice(cut) };
}

/** The IMS content packaging rule for adding an item's `parameters` to its resource's address. */
function appendParameters(url: string, parameters: string): string {
  if (parameters.startsWith('#')) return url.includes('#') ? url : url + parameters;
  const query = parameters.replace(/^[?&]+/, '');
  if (query === '') return url;
  const hashAt = url.indexOf('#');
  const [base, fragment] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${base}${base.includes('?') ? '&' : '?'}${query}${fragment}`;
}

/** The item's launch address inside the package, or a problem sentence saying why it has none. */
function findLaunch(ref: string, item: ManifestItem, ctx: Context): { url: string; resource: XmlNode } | string {
  const resource = ctx.resources.get(ref);
  if (!resource) return `Item "${item.title}" refers to resource "${ref}", which is not in the manifest.`;
  const href = attr(resource, 'href');
  if (!href) return `Item "${item.title}" cannot be launched: its resource "${ref}" has no launch file (href).`;
  const target = resolveHref([...ctx.bases, attr(resource, 'base') ?? ''], href);
  if (target === null) return `The launch file of item "${item.title}" points outside the package.`;
  const decoded = safeDecode(target.path);
  if (!ctx.hasFile(target.path) && (decoded === target.path || !ctx.hasFile(decoded))) {
    return `The launch file "${target.path}" of item "${item.title}" is not in the package.`;
  }
  return { url: target.path + target.suffix, resource };
}

function readLaunch(node: XmlNode, item: ManifestItem, ctx: Context): void {
  const ref = attr(node, 'identifierref');
  if (!ref) return;
  ctx.launchable += 1;
  const found = findLaunch(ref, item, ctx);
  if (typeof found === 'string') {
    ctx.problems.push(found);
    return;
  }
  item.launch = appendParameters(found.url, attr(node, 'parameters') ?? '');
  const type = attr(found.resource, 'scormtype')?.toLowerCase();
  // The spec defaults a missing type to asset, but tools that leave it out mean a SCO; treating it as one is the lenient choice.
  item.scormType = type === 'asset' ? 'asset' : 'sco';
  if (type !== undefined && type !== 'sco' && type !== 'asset') {
    ctx.warnings.add(`Resource "${ref}" has an unknown SCORM type "${type}"; it is treated as a SCO.`);
  }
}

function readMasteryScore12(node: XmlNode, item: ManifestItem, ctx: Context): number | null {
  const raw = text(node, 'masteryscore');
  const value = raw === null ? null : decimal(raw);
  if (raw !== null && (value === null || value < 0 || value > 100)) {
    ctx.problems.push(`The pass mark (masteryscore) of item "${item.title}" is "${raw}"; it must be a number from 0 to 100.`);
  }
  return value !== null && value >= 0 && value <= 100 ? value / 100 : null;
}

function queuePrerequisites12(node: XmlNode, item: ManifestItem, ctx: Context): void {
  const expression = text(node, 'prerequisites');
  if (expression === null) return;
  if (/[|~*{}()=<>,]/.test(expression)) {
    ctx.warnings.add(`The prerequisites expression "${expression}" of item "${item.title}" is not supported and is ignored.`);
    return;
  }
  ctx.afterWalk.push(() => {
    for (const id of expression
      .split('&')
      .map((part) => part.trim())
      .filter(Boolean)) {
      if (!ctx.items.has(id)) ctx.problems.push(`Item "${item.title}" requires item "${id}" first, but no item has that identifier.`);
      else if (id !== item.identifier && !item.prerequisites.includes(id)) item.prerequisites.push(id);
    }
  });
}

/** Merges an IDRef to the manifest's sequencingCollection with the item's own sequencing (its own settings win). */
function readSequencing(node: XmlNode, who: string, ctx: Context): XmlNode | undefined {
  const own = first(node, 'sequencing');
  const ref = attr(own, 'idref');
  const shared = ref ? ctx.collection.get(ref) : undefined;
  if (ref && !shared) ctx.warnings.add(`${who} uses shared sequencing "${ref}", which is not in the manifest; it is ignored.`);
  return shared && own ? { ...shared, ...own } : own;
}

// imsss:objectives always holds a primaryObjective; adlseq:objectives (which loses its prefix the same way) never does.
function imsssObjectives(seq: XmlNode | undefined): XmlNode | undefined {
  return all(seq, 'objectives').find((objectives) => objectives.primaryobjective !== undefined);
}

function readControlMode(seq: XmlNode | undefined): ControlMode {
  const mode = first(seq, 'controlmode');
  return {
    choice: bool(attr(mode, 'choice'), true),
    flow: bool(attr(mode, 'flow'), false),
    forwardOnly: bool(attr(mode, 'forwardonly'), false),
  };
}

function contributesToRollup(seq: XmlNode | undefined): boolean {
  const rules = first(seq, 'rolluprules');
  const weight = attr(rules, 'objectivemeasureweight');
  return !((weight !== undefined && decimal(weight) === 0) || !bool(attr(rules, 'rollupobjectivesatisfied'), true));
}

function readMinMeasure(seq: XmlNode | undefined, item: ManifestItem, ctx: Context): number | null {
  const primary = first(imsssObjectives(seq), 'primaryobjective');
  if (!bool(attr(primary, 'satisfiedbymeasure'), false)) return null;
  const raw = text(primary, 'minnormalizedmeasure') ?? '1.0';
  const value = decimal(raw);
  if (value !== null && value >= -1 && value <= 1) return value;
  ctx.problems.push(`The pass mark (minNormalizedMeasure) of item "${item.title}" is "${raw}"; it must be a number from -1 to 1.`);
  return null;
}

function warnUnsupported(seq: XmlNode | undefined, who: string, ctx: Context): void {
  const rules = first(seq, 'sequencingrules');
  const ignored: [boolean, string][] = [
    [first(seq, 'limitconditions') !== undefined, 'attempt and time limits (limitConditions) are not applied'],
    [first(rules, 'postconditionrule') !== undefined, 'rules for what happens after an attempt (postConditionRule) are ignored'],
    [first(rules, 'exitconditionrule') !== undefined, 'exit rules (exitConditionRule) are ignored'],
    [first(first(seq, 'rolluprules'), 'rolluprule') !== undefined, 'custom rollup rules are ignored; results come from all sub-items'],
    [first(seq, 'randomizationcontrols') !== undefined, 'random selection and ordering of sub-items is not applied'],
    [!bool(attr(first(seq, 'deliverycontrols'), 'tracked'), true), 'untracked delivery (tracked="false") is not applied'],
    [first(seq, 'auxiliaryresources') !== undefined, 'auxiliary resources are ignored'],
    [first(seq, 'constrainedchoiceconsiderations') !== undefined, 'constrained choice (constrainedChoiceConsiderations) is not applied'],
    [first(seq, 'rollupconsiderations') !== undefined, 'rollup considerations (rollupConsiderations) are ignored'],
    [all(seq, 'objectives').length > (imsssObjectives(seq) ? 1 : 0), 'extended objective mapping (adlseq:objectives) is ignored'],
  ];
  for (const [present, what] of ignored) if (present) ctx.warnings.add(`${who}: ${what}.`);
}

const PREREQUISITE_ACTIONS = new Set(['disabled', 'hiddenfromchoice', 'skip']);

/** Objective IDs this item's "disabled/hidden/skip if not satisfied/completed" precondition rules depend on. */
function readPreconditions(seq: XmlNode | undefined, who: string, ctx: Context): string[] {
  const refs: string[] = [];
  for (const rule of all(first(seq, 'sequencingrules'), 'preconditionrule')) {
    const action = attr(first(rule, 'ruleaction'), 'action') ?? '';
    const block = first(rule, 'ruleconditions');
    const conditions = all(block, 'rulecondition').map((c) => ({
      condition: attr(c, 'condition') ?? '',
      negated: attr(c, 'operator')?.toLowerCase() === 'not',
      ref: attr(c, 'referencedobjective') ?? '',
    }));
    const combination = attr(block, 'conditioncombination')?.toLowerCase() ?? 'all';
    // "Disabled if any of A, B is not satisfied" means "needs A and B"; with "all" several conditions would mean "needs A or B".
    const supported =
      PREREQUISITE_ACTIONS.has(action.toLowerCase()) &&
      conditions.length > 0 &&
      (conditions.length === 1 || combination === 'any') &&
      conditions.every((c) => c.negated && c.ref !== '' && ['satisfied', 'completed'].includes(c.condition.toLowerCase()));
    if (supported) {
      refs.push(...conditions.map((c) => c.ref));
    } else {
      const when = conditions.map((c) => `${c.negated ? 'not ' : ''}${c.condition}`).join(combination === 'any' ? ' or ' : ' and ');
      ctx.warnings.add(`${who}: the precondition rule "${action} if ${when}" is not supported and is ignored.`);
    }
  }
  return refs;
}

/** Registers the item's objectives and queues the resolution of its precondition rules to the items they wait for. */
function linkObjectives(seq: XmlNode | undefined, item: ManifestItem, ctx: Context): void {
  const objectives = imsssObjectives(seq);
  const primary = first(objectives, 'primaryobjective');
  const primaryId = attr(primary, 'objectiveid');
  if (primaryId && !ctx.objectiveOwners.has(primaryId)) ctx.objectiveOwners.set(primaryId, item.identifier);
  const reads = new Map<string, string[]>();
  for (const objective of [...(primary ? [primary] : []), ...all(objectives, 'objective')]) {
    const id = attr(objective, 'objectiveid') ?? '';
    for (const map of all(objective, 'mapinfo')) {
      const target = attr(map, 'targetobjectiveid');
      if (!target) continue;
      if (bool(attr(map, 'readsatisfiedstatus'), true)) reads.set(id, [...(reads.get(id) ?? []), target]);
      if (objective === primary && bool(attr(map, 'writesatisfiedstatus'), false) && !ctx.globalWriters.has(target)) {
        ctx.globalWriters.set(target, item.identifier);
      }
    }
  }
  const who = `Item "${item.title}"`;
  for (const ref of readPreconditions(seq, who, ctx)) {
    ctx.afterWalk.push(() => {
      const writers = (reads.get(ref) ?? []).map((target) => ctx.globalWriters.get(target));
      const owners = [...writers, ...(writers.some(Boolean) ? [] : [ctx.objectiveOwners.get(ref)])];
      const found = owners.filter((id): id is string => id !== undefined && id !== item.identifier);
      if (found.length === 0) ctx.warnings.add(`${who}: the precondition on objective "${ref}" matches no other item and is ignored.`);
      for (const id of found) if (!item.prerequisites.includes(id)) item.prerequisites.push(id);
    });
  }
}

function readItem(node: XmlNode, depth: number, ctx: Context): ManifestItem {
  ctx.count += 1;
  const identifier = attr(node, 'identifier') ?? '';
  const title = text(node, 'title') ?? identifier;
  if (!identifier) ctx.problems.push(`An item in the table of contents${title ? ` ("${title}")` : ''} has no identifier.`);
  else if (ctx.items.has(identifier)) ctx.problems.push(`Two items in the table of contents have the same identifier "${identifier}".`);
  const seq = ctx.version === '2004' ? readSequencing(node, `Item "${title}"`, ctx) : undefined;
  const item: ManifestItem = {
    identifier,
    title,
    launch: null,
    scormType: null,
    masteryScore: null,
    launchData: text(node, 'datafromlms'),
    prerequisites: [],
    contributesToRollup: contributesToRollup(seq),
    controlMode: readControlMode(seq),
    children: [],
  };
  // Registered before its children so that a child reusing the parent's identifier is caught.
  if (identifier) ctx.items.set(identifier, item);
  const childNodes = all(node, 'item');
  if (childNodes.length > 0 && depth >= MAX_DEPTH) ctx.tooDeep = true;
  if (depth < MAX_DEPTH && ctx.count <= MAX_ITEMS) item.children = childNodes.map((child) => readItem(child, depth + 1, ctx));
  if (childNodes.length === 0) readLaunch(node, item, ctx);
  else if (attr(node, 'identifierref')) ctx.warnings.add(`Item "${title}" has both sub-items and its own content; its content is ignored.`);
  if (ctx.version === '1.2') {
    item.masteryScore = readMasteryScore12(node, item, ctx);
    queuePrerequisites12(node, item, ctx);
  } else {
    item.masteryScore = readMinMeasure(seq, item, ctx);
    warnUnsupported(seq, `Item "${title}"`, ctx);
    if (first(node, 'presentation')) ctx.warnings.add(`Item "${title}": navigation button settings (adlnav:presentation) are ignored.`);
    linkObjectives(seq, item, ctx);
  }
  return item;
}

function byIdentifier(nodes: XmlNode[], key: string): Map<string, XmlNode> {
  const map = new Map<string, XmlNode>();
  for (const node of nodes) {
    const id = attr(node, key);
    if (id && !map.has(id)) map.set(id, node);
  }
  return map;
}

export function parseManifest(xml: string | Buffer, hasFile: (path: string) => boolean): ManifestReport {
  const problems: string[] = [];
  const warnings = new Set<string>();
  const document = readDocument(xml, problems);
  if (!document) return { manifest: null, problems, warnings: [] };
  const { manifest, source } = document;
  const versionInfo = readVersion(manifest, source, problems, warnings);
  const organizations = first(manifest, 'organizations');
  const candidates = all(organizations, 'organization');
  const wanted = attr(organizations, 'default');
  const organization = candidates.find((org) => attr(org, 'identifier') === wanted) ?? candidates[0];
  if (!organization) problems.push('The package has no organization (table of contents) in imsmanifest.xml.');
  if (!versionInfo || !organization) return { manifest: null, problems, warnings: [...warnings] };
  if (wanted && attr(organization, 'identifier') !== wanted) {
    warnings.add(`The default organization "${wanted}" is not in the manifest; the first one is used.`);
  }

  const identifier = attr(manifest, 'identifier') ?? '';
  if (!identifier) problems.push('The manifest has no identifier (the identifier attribute of <manifest>).');
  const resources = first(manifest, 'resources');
  const ctx: Context = {
    version: versionInfo.version,
    hasFile,
    bases: [attr(manifest, 'base') ?? '', attr(resources, 'base') ?? ''],
    resources: byIdentifier(all(resources, 'resource'), 'identifier'),
    collection: byIdentifier(all(first(manifest, 'sequencingcollection'), 'sequencing'), 'id'),
    problems,
    warnings,
    items: new Map(),
    count: 0,
    launchable: 0,
    tooDeep: false,
    objectiveOwners: new Map(),
    globalWriters: new Map(),
    afterWalk: [],
  };
  const title = text(organization, 'title') ?? identifier;
  const orgSeq = ctx.version === '2004' ? readSequencing(organization, `The course "${title}"`, ctx) : undefined;
  warnUnsupported(orgSeq, `The course "${title}"`, ctx);
  const items = all(organization, 'item').map((node) => readItem(node, 1, ctx));
  for (const resolve of ctx.afterWalk) resolve();
  if (ctx.launchable === 0 && !ctx.tooDeep) problems.push('The table of contents has no item that can be launched.');
  if (ctx.tooDeep) problems.push(`The table of contents is nested more than ${MAX_DEPTH} levels deep.`);
  if (ctx.count > MAX_ITEMS) problems.push(`The table of contents has more than ${MAX_ITEMS} items.`);

  const result: ScormManifest = { ...versionInfo, identifier, title, controlMode: readControlMode(orgSeq), items };
  return { manifest: problems.length > 0 ? null : result, problems, warnings: [...warnings] };
}
