import { parse, stringify } from 'yaml';

/** The four kinds of unit a course folder holds (courses/README.md). */
export const UNIT_KINDS = ['lesson', 'check', 'reflection', 'scenario'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface OptionFields {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}
export interface QuestionFields {
  id: string;
  kind: 'single' | 'multiple';
  prompt: string;
  options: OptionFields[];
}
export interface ChoiceFields {
  id: string;
  text: string;
  consequence: string;
  best: boolean;
}

/** A unit file as the editor's fields: its front matter (kind-specific parts kept as they are) and its Markdown body. */
export interface UnitFields {
  type: UnitKind;
  title: string;
  body: string;
  prompt: string;
  questions: QuestionFields[];
  choices: ChoiceFields[];
  /** Front matter the editor has no field for (a lesson's media, a check's own pass mark): written back unchanged. */
  rest: Record<string, unknown>;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads a unit file; one that cannot be read comes back as a lesson holding the whole text, so nothing is lost. */
export function parseUnitFile(text: string): UnitFields {
  const match = FRONT_MATTER.exec(text);
  let front: Record<string, unknown>;
  try {
    front = ((match ? parse(match[1] ?? '') : null) as Record<string, unknown> | null) ?? {};
  } catch {
    front = {};
  }
  const { type, title, prompt, questions, choices, ...rest } = front as Record<string, unknown> & {
    questions?: QuestionFields[];
    choices?: ChoiceFields[];
  };
  return {
    type: UNIT_KINDS.includes(type as UnitKind) ? (type as UnitKind) : 'lesson',
    title: typeof title === 'string' ? title : '',
    body: match ? (match[2] ?? '').replace(/^\n/, '') : text,
    prompt: typeof prompt === 'string' ? prompt : '',
    questions: Array.isArray(questions) ? questions.map((q) => ({ ...q, options: q.options ?? [] })) : [],
    choices: Array.isArray(choices) ? choices.map((c) => ({ ...c, best: !!c.best })) : [],
    rest,
  };
}

/** Writes the fields back as the unit file courses:check reads. */
export function unitFileText(unit: UnitFields): string {
  const front: Record<string, unknown> = { type: unit.type, title: unit.title, ...unit.rest };
  if (unit.type === 'reflection') front.prompt = unit.prompt;
  if (unit.type === 'check') front.questions = unit.questions;
  if (unit.type === 'scenario') front.choices = unit.choices;
  return `---\n${stringify(front).trimEnd()}\n---\n\n${unit.body.trimEnd()}\n`;
}

/** A new unit of a kind, with the smallest content that passes the checks (bar the words the trainer must write). */
export function newUnit(type: UnitKind, title: string): UnitFields {
  const option = (id: string, correct: boolean): OptionFields => ({ id, text: '', correct, feedback: '' });
  const choice = (id: string, best: boolean): ChoiceFields => ({ id, text: '', consequence: '', best });
  return {
    type,
    title,
    body: '',
    prompt: '',
    questions: type === 'check' ? [{ id: 'q1', kind: 'single', prompt: '', options: [option('a', true), option('b', false)] }] : [],
    choices: type === 'scenario' ? [choice('a', true), choice('b', false)] : [],
    rest: {},
  };
}
