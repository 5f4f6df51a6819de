import type { Role } from '../account/role.js';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  userId: string;
  /** Null for students a teacher added without e-mail (they sign in with class codes). */
  email: string | null;
  displayName: string;
  locale: string;
  /** The roles that count in this session: staff roles only once the second factor was given (access/permissions.ts). */
  memberships: { organisationId: string; organisationName: string; role: Role }[];
  /** Holds a staff role that this session cannot use yet: the person must set up, or give, a second factor. */
  secondFactorNeeded?: boolean;
  sessionTokenHash: string;
}
