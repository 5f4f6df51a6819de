import type { Send } from './commit-queue.ts';

/** Sends one commit to the web server's tracking endpoint. */
export const sendCommit: Send = async (commit, { keepalive }) => {
  const res = await fetch('/learn/track', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(commit),
    credentials: 'same-origin',
    keepalive,
    // A request caught by a dropped connection can hang; give up on it and let the queue retry.
    signal: AbortSignal.timeout(8000),
  });
  if (res.ok) return 'acknowledged';
  // A value the data model refuses, or an attempt that is not the learner's, will never succeed.
  return res.status === 400 || res.status === 404 || res.status === 422 ? 'rejected' : 'retry';
};
