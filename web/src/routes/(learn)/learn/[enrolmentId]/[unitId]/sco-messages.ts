/** A commit as the SCORM host page hands it over: numbered in the host's own sitting, values all strings. */
export interface NumberedCommit {
  sessionId: string;
  seq: number;
  values: Record<string, string>;
}

const MAX_VALUES = 1000;

/** The message's commit, or null when it is not one (the host page is on another origin: nothing is trusted). */
export function numberedCommit(value: unknown): NumberedCommit | null {
  if (!value || typeof value !== 'object') return null;
  const { sessionId, seq, values } = value as Record<string, unknown>;
  if (typeof sessionId !== 'string' || !sessionId || sessionId.length > 64) return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  const entries = Object.entries(values as Record<string, unknown>);
  if (entries.length > MAX_VALUES || !entries.every(([, v]) => typeof v === 'string')) return null;
  return { sessionId, seq, values: Object.fromEntries(entries) as Record<string, string> };
}
