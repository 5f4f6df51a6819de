import type { Role } from '../account/role.js';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  memberships: { organisationId: string; organisationName: string; role: Role }[];
  sessionTokenHash: string;
}
