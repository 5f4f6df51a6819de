import { readFileSync, writeFileSync } from 'node:fs';

/** A process's resident memory, in MB (Linux /proc). */
export interface Memory {
  now: number;
  peak: number;
}

/** A process's resident memory now (VmRSS) and at its peak so far (VmHWM). */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Resets the process's peak resident size (VmHWM) to its current size (Linux: "5" in clear_refs), so that the peak
 * read after some work is that work's own, not the highest the process reached before it.
 */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}
