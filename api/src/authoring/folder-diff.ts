import { diffLines } from 'diff';
import type { DraftFolder } from './draft-files.types.js';

/** One run of lines: kept, added or removed. */
export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

export interface FileDiff {
  path: string;
  status: 'added' | 'removed' | 'changed';
  /** Line by line for text; empty for media, whose bytes are compared by hash. */
  parts: DiffPart[];
}

// Long unchanged runs are shortened to their first and last lines, so the reader sees the changes.
const CONTEXT = 2;

function shorten(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= CONTEXT * 2 + 1) return text;
  return [...lines.slice(0, CONTEXT), '…', ...lines.slice(-CONTEXT)].join('\n') + '\n';
}

/** What changed between two course folders, file by file, in the order of their paths. */
export function folderDiff(before: DraftFolder, after: DraftFolder): FileDiff[] {
  const diffs: FileDiff[] = [];
  const paths = [...new Set([...Object.keys(before.files), ...Object.keys(after.files)])].sort();
  for (const path of paths) {
    const old = before.files[path];
    const now = after.files[path];
    if (old === now) continue;
    const status = old === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
    const parts = diffLines(old ?? '', now ?? '').map((part): DiffPart => ({
      change: part.added ? 'added' : part.removed ? 'removed' : 'same',
      text: part.added || part.removed ? part.value : shorten(part.value),
    }));
    diffs.push({ path, status, parts });
  }
  const media = [...new Set([...Object.keys(before.media), ...Object.keys(after.media)])].sort();
  for (const path of media) {
    const old = before.media[path]?.hash;
    const now = after.media[path]?.hash;
    if (old === now) continue;
    diffs.push({ path, status: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed', parts: [] });
  }
  return diffs;
}
