/** What the editor shows about its saves. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'failed';

export interface Problem {
  file: string;
  line?: number | null;
  message: string;
  severity: string;
}

/** A save refused because someone else changed the file: both texts, so the trainer can keep either or merge. */
export interface Conflict {
  path: string;
  mine: string;
  theirs: string;
  by: string;
  revision: number;
}

interface Stored {
  base: number;
  changes: Record<string, string | null>;
}

const DELAY_MS = 800;

/**
 * Autosave for one draft. Every change is written to localStorage before it is sent, so a closed tab or a lost
 * connection loses nothing: what is queued is sent when the page opens again or the connection comes back (like the
 * player's commit queue). Saves name the revision they are based on; a refused one becomes a conflict to resolve.
 */
export class DraftSaver {
  status: SaveStatus = $state('saved');
  revision: number = $state(0);
  problems: Problem[] = $state([]);
  conflict: Conflict | null = $state(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private readonly key: string;

  constructor(
    private readonly courseId: string,
    revision: number,
    problems: Problem[],
  ) {
    this.key = `kinship.authoring.${courseId}`;
    this.revision = revision;
    this.problems = problems;
  }

  /** Changes left from an earlier visit (a closed tab, a lost connection), to put back into the editor and send. */
  queued(): Record<string, string | null> {
    return this.read()?.changes ?? {};
  }

  /** Resumes sending what was queued, now and whenever the connection returns; returns a function that stops it. */
  start(): () => void {
    const online = () => void this.flush();
    window.addEventListener('online', online);
    if (Object.keys(this.queued()).length) void this.flush();
    return () => window.removeEventListener('online', online);
  }

  change(path: string, text: string | null): void {
    const stored = this.read() ?? { base: this.revision, changes: {} };
    stored.changes[path] = text;
    localStorage.setItem(this.key, JSON.stringify(stored));
    if (this.status !== 'conflict') this.status = 'unsaved';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DELAY_MS);
  }

  /** Keeps my text over theirs: sent again on top of the revision that holds theirs. */
  keepMine(): void {
    if (!this.conflict) return;
    const stored = this.read() ?? { base: this.conflict.revision, changes: {} };
    stored.base = this.conflict.revision;
    stored.changes[this.conflict.path] = this.conflict.mine;
    localStorage.setItem(this.key, JSON.stringify(stored));
    this.conflict = null;
    void this.flush();
  }

  /** Drops my queued text for the conflicting file; the page then reloads theirs. */
  keepTheirs(): void {
    const stored = this.read();
    if (stored && this.conflict) {
      delete stored.changes[this.conflict.path];
      stored.base = this.conflict.revision;
      localStorage.setItem(this.key, JSON.stringify(stored));
    }
    this.conflict = null;
  }

  async flush(): Promise<void> {
    const stored = this.read();
    if (this.sending || !stored || !Object.keys(stored.changes).length || this.conflict) return;
    this.sending = true;
    this.status = 'saving';
    try {
      const changes = Object.entries(stored.changes).map(([path, text]) => ({ path, text }));
      const res = await fetch(`/authoring/${this.courseId}/save`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expectedRevision: stored.base, changes }),
      });
      const body = (await res.json()) as { draft?: { revision: number; problems: Problem[] }; error?: Record<string, unknown> };
      if (body.draft) this.saved(stored, body.draft);
      else if (body.error?.reason === 'DRAFT_CONFLICT') this.refused(stored, body.error);
      else this.status = res.status === 503 ? 'offline' : 'failed';
    } catch {
      this.status = 'offline';
    } finally {
      this.sending = false;
    }
  }

  private saved(sent: Stored, draft: { revision: number; problems: Problem[] }): void {
    this.revision = draft.revision;
    this.problems = draft.problems;
    // Edits typed while this save was on its way stay queued, now based on the new revision.
    const now = this.read() ?? sent;
    for (const [path, text] of Object.entries(sent.changes)) if (now.changes[path] === text) delete now.changes[path];
    now.base = draft.revision;
    if (Object.keys(now.changes).length) {
      localStorage.setItem(this.key, JSON.stringify(now));
      this.status = 'unsaved';
      void this.flush();
    } else {
      localStorage.removeItem(this.key);
      this.status = 'saved';
    }
  }

  private refused(sent: Stored, error: Record<string, unknown>): void {
    const path = String(error.path);
    this.conflict = {
      path,
      mine: String(sent.changes[path] ?? ''),
      theirs: typeof error.theirText === 'string' ? error.theirText : '',
      by: typeof error.by === 'string' ? error.by : '',
      revision: Number(error.revision),
    };
    this.status = 'conflict';
  }

  private read(): Stored | null {
    try {
      return JSON.parse(localStorage.getItem(this.key) ?? 'null') as Stored | null;
    } catch {
      return null;
    }
  }
}
