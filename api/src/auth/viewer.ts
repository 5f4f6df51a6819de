import type { Role } from '../account/role.js';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  userId: string;
  /** Null for students a teacher added without e-mail (they sign in with class codes). */
  email: string | null;
  displayName: string;
  locale: string;
  memberships: { organisationId: string; organisationName: string; role: Role }[];
  sessionTokenHash: string;
}
