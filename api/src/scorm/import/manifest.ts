import { XMLValidator } from 'fast-xml-parser';
import type { ControlMode, ManifestItem, ManifestReport, ScormManifest, ScormVersion } from './manifest-types.js';
import { readDescription } from './manifest-metadata.js';
import { imsssObjectives, readObjectives } from './manifest-objectives.js';
import { all, asNode, attr, bool, decimal, first, parser, text, type XmlNode } from './manifest-xml.js';
import { warnUnapplied, warnUnappliedItem12, warnUnappliedManifest } from './manifest-warnings.js';

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 10;
const MAX_ITEMS = 2000;

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

const PREREQUISITE_ACTIONS = new Set(['disabled', 'hiddenfromchoice', 'skip']);

/** Objective IDs this item's "disabled/hidden/skip if not satisfied/completed" precondition rules depend on. */
function readPreconditions(seq: XmlNode | undefined): string[] {
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
    // Every rule is applied by the sequencing engine; these prerequisites only give the outline its locks early.
    if (supported) refs.push(...conditions.map((c) => c.ref));
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
  for (const ref of readPreconditions(seq)) {
    ctx.afterWalk.push(() => {
      const writers = (reads.get(ref) ?? []).map((target) => ctx.globalWriters.get(target));
      const owners = [...writers, ...(writers.some(Boolean) ? [] : [ctx.objectiveOwners.get(ref)])];
      const found = owners.filter((id): id is string => id !== undefined && id !== item.identifier);
      for (const id of found) if (!item.prerequisites.includes(id)) item.prerequisites.push(id);
    });
  }
}

/** adlcp:completionThreshold: a number (3rd Edition), or completedByMeasure/minProgressMeasure attributes (4th). */
function readCompletionThreshold(node: XmlNode, item: ManifestItem, ctx: Context): number | null {
  const element = first(node, 'completionthreshold');
  if (!element) return null;
  const byMeasure = attr(element, 'completedbymeasure');
  const raw = byMeasure === undefined ? text(node, 'completionthreshold') : (attr(element, 'minprogressmeasure') ?? '1.0');
  if (raw === null || (byMeasure !== undefined && !bool(byMeasure, false))) return null;
  const value = decimal(raw);
  if (value !== null && value >= 0 && value <= 1) return value;
  ctx.problems.push(`The completion threshold (completionThreshold) of item "${item.title}" is "${raw}"; it must be a number from 0 to 1.`);
  return null;
}

/** The values of cmi.time_limit_action (SCORM 2004 RTE 4.2.26; 1.2 the same words): anything else is not given. */
const TIME_LIMIT_ACTIONS = ['exit,message', 'exit,no message', 'continue,message', 'continue,no message'];

function timeLimitActionOf(value: string | null): string | null {
  const normal = value?.toLowerCase().replace(/\s*,\s*/, ',') ?? null;
  return normal !== null && TIME_LIMIT_ACTIONS.includes(normal) ? normal : null;
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
    completionThreshold: null,
    objectives: [],
    launchData: text(node, 'datafromlms'),
    timeLimitAction: timeLimitActionOf(text(node, 'timelimitaction')),
    maxTimeAllowed:
      ctx.version === '1.2' ? text(node, 'maxtimeallowed') : (attr(first(seq, 'limitconditions'), 'attemptabsolutedurationlimit') ?? null),
    prerequisites: [],
    contributesToRollup: contributesToRollup(seq),
    completionSetByContent: bool(attr(first(seq, 'deliverycontrols'), 'completionsetbycontent'), false),
    objectiveSetByContent: bool(attr(first(seq, 'deliverycontrols'), 'objectivesetbycontent'), false),
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
    warnUnappliedItem12(node, `Item "${title}"`, ctx.warnings);
  } else {
    item.masteryScore = readMinMeasure(seq, item, ctx);
    item.completionThreshold = readCompletionThreshold(node, item, ctx);
    item.objectives = readObjectives(seq, `Item "${title}"`, ctx.warnings);
    warnUnapplied(node, seq, `Item "${title}"`, ctx.warnings);
    linkObjectives(seq, item, ctx);
  }
  return item;
}

/** The package's description inline, or where to find it: the manifest's metadata first, then the organization's. */
function readDescriptions(manifest: XmlNode, organization: XmlNode, ctx: Context): Pick<ScormManifest, 'descriptions' | 'metadataFile'> {
  const own = readDescription(first(manifest, 'metadata'));
  const org = readDescription(first(organization, 'metadata'));
  const descriptions = own.texts.length ? own.texts : org.texts;
  const location = own.location ?? org.location;
  if (descriptions.length || location === null) return { descriptions, metadataFile: null };
  const target = resolveHref([attr(manifest, 'base') ?? ''], location);
  if (target && ctx.hasFile(target.path)) return { descriptions, metadataFile: target.path };
  ctx.warnings.add(
    `The metadata file "${location}" named in the manifest is not in the package, so the course has no description from it.`,
  );
  return { descriptions, metadataFile: null };
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
  if (ctx.version === '2004') warnUnapplied(organization, orgSeq, `The course "${title}"`, ctx.warnings);
  warnUnappliedManifest(manifest, candidates.length, ctx.warnings);
  const items = all(organization, 'item').map((node) => readItem(node, 1, ctx));
  for (const resolve of ctx.afterWalk) resolve();
  if (ctx.launchable === 0 && !ctx.tooDeep) problems.push('The table of contents has no item that can be launched.');
  if (ctx.tooDeep) problems.push(`The table of contents is nested more than ${MAX_DEPTH} levels deep.`);
  if (ctx.count > MAX_ITEMS) problems.push(`The table of contents has more than ${MAX_ITEMS} items.`);

  const result: ScormManifest = {
    ...versionInfo,
    identifier,
    title,
    ...readDescriptions(manifest, organization, ctx),
    controlMode: readControlMode(orgSeq),
    items,
  };
  return { manifest: problems.length > 0 ? null : result, problems, warnings: [...warnings] };
}
