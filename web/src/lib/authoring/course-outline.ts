import { parseDocument } from 'yaml';

export interface ModuleOutline {
  id: string;
  title: string;
  units: string[];
}

/** What the editor changes in course.yaml: the texts of the source language, and the modules and their units. */
export interface CourseOutline {
  id: string;
  sourceLocale: string;
  locales: string[];
  title: string;
  description: string;
  audience: string;
  estimatedMinutes: number;
  passMark: number;
  outcomes: string[];
  modules: ModuleOutline[];
}

type Texts = Record<string, string> | undefined;

/** Reads course.yaml; what it cannot read stays empty, and the checks say what is missing. */
export function parseOutline(text: string): CourseOutline {
  const doc = parseDocument(text);
  const course = (doc.toJS() ?? {}) as Record<string, unknown>;
  const source = typeof course.sourceLocale === 'string' ? course.sourceLocale : 'en';
  const pick = (value: unknown): string => (value as Texts)?.[source] ?? '';
  const modules = Array.isArray(course.modules) ? (course.modules as { id?: string; title?: Texts; units?: string[] }[]) : [];
  return {
    id: typeof course.id === 'string' ? course.id : '',
    sourceLocale: source,
    locales: Array.isArray(course.locales) ? (course.locales as string[]) : [source],
    title: pick(course.title),
    description: pick(course.description),
    audience: pick(course.audience),
    estimatedMinutes: Number(course.estimatedMinutes ?? 10),
    passMark: Number((course.mastery as { passMark?: number } | undefined)?.passMark ?? 0.75),
    outcomes: ((course.outcomes as Record<string, string[]> | undefined)?.[source] ?? []).slice(),
    modules: modules.map((m) => ({ id: String(m.id ?? ''), title: pick(m.title), units: [...(m.units ?? [])] })),
  };
}

/**
 * Writes the outline into course.yaml, keeping its comments, layout and the other languages' texts: only the
 * source language's texts and the module list change.
 */
export function outlineText(original: string, outline: CourseOutline): string {
  const doc = parseDocument(original);
  const source = outline.sourceLocale;
  const setText = (path: (string | number)[], value: string) => {
    if (value) doc.setIn([...path, source], value);
    else if (doc.hasIn([...path, source])) doc.deleteIn([...path, source]);
  };
  doc.set('locales', doc.createNode(outline.locales, { flow: true }));
  setText(['title'], outline.title);
  setText(['description'], outline.description);
  if (outline.audience || doc.hasIn(['audience'])) setText(['audience'], outline.audience);
  doc.set('estimatedMinutes', outline.estimatedMinutes);
  doc.setIn(['mastery', 'passMark'], outline.passMark);
  if (outline.outcomes.length || doc.hasIn(['outcomes', source])) doc.setIn(['outcomes', source], outline.outcomes);
  const before = new Map(
    ((doc.toJS() as { modules?: { id: string; title?: Record<string, string> }[] }).modules ?? []).map((m) => [m.id, m]),
  );
  doc.set(
    'modules',
    outline.modules.map((m) => ({ id: m.id, title: { ...(before.get(m.id)?.title ?? {}), [source]: m.title }, units: m.units })),
  );
  return doc.toString();
}

/** Moves the item at `from` to `to` (both indexes in the same list), for buttons and drag and drop alike. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** A unit id from a title: kebab-case, unlike any id already used. */
export function idFrom(title: string, taken: readonly string[]): string {
  const base =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'unit';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
