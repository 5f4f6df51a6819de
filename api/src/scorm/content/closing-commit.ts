import type { IncomingMessage } from 'node:http';
import { DomainError, notFound } from '../../common/domain-error.js';
import { assertJsonPost, jsonObject } from '../../common/json-post.js';
import type { Viewer } from '../../auth/viewer.js';
import { commitInput } from '../../progress/commit-route.js';
import type { CommitInput } from '../../tracking/tracking.types.js';
import type { ContentLinks } from './content-links.js';

/** As the platform's own commit route: every value a commit may carry fits. */
const MAX_BODY_BYTES = 512 * 1024;

export const CLOSING_COMMIT_PATH = '/runtime/commit';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new DomainError('BAD_USER_INPUT', 'A commit may not be larger than 512 KB.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A closing commit the host page sends itself, with `keepalive`, as the page closes (the platform page may
 * already be gone and cannot take it): the commit token stands in for the session cookie, which the
 * content origin never sees, and names the one attempt and learner it may be for.
 */
export async function closingCommitOf(
  req: IncomingMessage,
  links: ContentLinks,
  contentOrigin: string,
): Promise<{ viewer: Viewer; input: CommitInput }> {
  // Only the host page, on the content origin itself, sends these.
  assertJsonPost(req, contentOrigin);
  const body = jsonObject<{ token?: unknown; commit?: unknown }>(await readBody(req));
  const claim = typeof body.token === 'string' ? links.verifyCommitToken(body.token) : null;
  if (!claim) throw new DomainError('UNAUTHENTICATED', 'This commit token is not valid or has expired.');
  const input = body.commit && typeof body.commit === 'object' ? commitInput(body.commit) : null;
  if (!input) throw new DomainError('BAD_USER_INPUT', 'A commit needs attemptId, seq, sessionId and values (element: value, all strings).');
  if (input.attemptId !== claim.attemptId) throw notFound('That attempt');
  // Only who is asking: the commit path checks the attempt is theirs, and everything else, as for any commit.
  const viewer: Viewer = { userId: claim.userId, email: null, displayName: '', locale: 'en', memberships: [], sessionTokenHash: '' };
  return { viewer, input };
}
