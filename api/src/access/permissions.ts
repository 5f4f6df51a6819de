import type { Role } from '../account/role.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * Every permission rule of the platform, in one place. Rules are scoped to an organisation: holding a
 * role somewhere grants nothing elsewhere. The `admin` role is the platform's own administrator and
 * counts in every organisation.
 */

/**
 * Roles that publish content or read other people's records: they count only in a session that gave a
 * second factor (TOTP or a recovery code). Until then the person is treated as a learner.
 */
export const ROLES_NEEDING_SECOND_FACTOR: readonly Role[] = ['trainer', 'partner_admin', 'admin'];

/** The memberships a session may use, and whether some were held back for want of a second factor. */
export function usableMemberships<M extends { role: Role }>(held: readonly M[], secondFactor: boolean): { usable: M[]; heldBack: boolean } {
  if (secondFactor) return { usable: [...held], heldBack: false };
  const usable = held.filter((m) => !ROLES_NEEDING_SECOND_FACTOR.includes(m.role));
  return { usable, heldBack: usable.length < held.length };
}

/** Platform administrators. */
export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.memberships.some((m) => m.role === 'admin');
}

/** The organisations for which the viewer may author and publish courses (their trainer memberships). */
export function authoringOrganisations(viewer: Viewer): string[] {
  return [...new Set(viewer.memberships.filter((m) => m.role === 'trainer' || m.role === 'admin').map((m) => m.organisationId))];
}

/** May publish a new version of a course owned by this organisation (null: owned by the platform itself). */
export function mayPublishFor(viewer: Viewer, owner: string | null): boolean {
  if (isPlatformAdmin(viewer)) return true;
  return owner !== null && viewer.memberships.some((m) => m.role === 'trainer' && m.organisationId === owner);
}

/** Brings SCORM packages in: trainers of some organisation, and platform admins. */
export function mayImportPackages(viewer: Viewer): boolean {
  return authoringOrganisations(viewer).length > 0;
}

/** Downloads native courses as SCORM packages for another LMS. */
export function mayExportCourses(viewer: Viewer): boolean {
  return authoringOrganisations(viewer).length > 0;
}

/** Runs classes: teachers of some organisation. */
export function mayTeach(viewer: Viewer): boolean {
  return viewer.memberships.some((m) => m.role === 'teacher');
}

/** Reads reports about an organisation's people: its partner admins (and platform admins). */
export function mayReportOn(viewer: Viewer, organisationId?: string): boolean {
  if (isPlatformAdmin(viewer)) return true;
  return viewer.memberships.some(
    (m) => m.role === 'partner_admin' && (organisationId === undefined || m.organisationId === organisationId),
  );
}

/**
 * Sees the student numbers in an organisation's report: the school's own numbers (from its rosters) go to
 * its own partner admins only, not to platform admins or other staff. Students are often minors.
 */
export function maySeeStudentNumbers(viewer: Viewer, organisationId: string): boolean {
  return viewer.memberships.some((m) => m.role === 'partner_admin' && m.organisationId === organisationId);
}

/** The organisations in which the viewer teaches (their teacher memberships): where they may make classes. */
export function teachingOrganisations(viewer: Viewer): string[] {
  return [...new Set(viewer.memberships.filter((m) => m.role === 'teacher').map((m) => m.organisationId))];
}

/** What the class rules need to know about one class. */
export interface ClassScope {
  organisationId: string;
  teacherIds: readonly string[];
}

/**
 * Runs this class (edit, codes, students, assignments): one of its teachers who still teaches in its
 * organisation. Other teachers, even of the same organisation, see nothing of it.
 */
export function mayManageClass(viewer: Viewer, scope: ClassScope): boolean {
  return scope.teacherIds.includes(viewer.userId) && teachingOrganisations(viewer).includes(scope.organisationId);
}

/** Reads a class and its students: its teachers, and the partner admins of its organisation (read-only). */
export function mayViewClass(viewer: Viewer, scope: ClassScope): boolean {
  return mayManageClass(viewer, scope) || mayReportOn(viewer, scope.organisationId);
}

/** May be made a co-teacher of a class in this organisation: a teacher there (checked on the candidate's memberships). */
export function mayCoTeachIn(candidateRoles: readonly { organisationId: string; role: string }[], organisationId: string): boolean {
  return candidateRoles.some((m) => m.role === 'teacher' && m.organisationId === organisationId);
}

/** Roles an organisation's administrators may invite people to (learners sign up or join a class themselves). */
export const INVITABLE_ROLES: readonly Role[] = ['teacher', 'trainer', 'partner_admin'];

/** Invites people to an organisation: its partner admins, and platform admins. */
export function mayInviteTo(viewer: Viewer, organisationId?: string): boolean {
  if (isPlatformAdmin(viewer)) return true;
  return viewer.memberships.some(
    (m) => m.role === 'partner_admin' && (organisationId === undefined || m.organisationId === organisationId),
  );
}

/**
 * Edits and publishes the browser drafts of this organisation's courses: its trainers and platform admins. The
 * platform's own courses (owner null) come from files in git and are edited there: read-only in the browser.
 */
export function mayAuthorFor(viewer: Viewer, owner: string | null): boolean {
  if (owner === null) return false;
  return isPlatformAdmin(viewer) || viewer.memberships.some((m) => m.role === 'trainer' && m.organisationId === owner);
}

/** Writes courses in the browser for some organisation (the authoring pages): trainers and platform admins. */
export function mayAuthorCourses(viewer: Viewer): boolean {
  return authoringOrganisations(viewer).length > 0;
}

/**
 * Deactivates a member (log-in refused, sessions ended, records kept): the partner admins of the
 * organisation (and platform admins), for someone who belongs to this organisation only, since a
 * deactivation is account-wide and must not lock a person out of another organisation. Never oneself,
 * never a platform admin.
 */
export function mayDeactivateMember(
  viewer: Viewer,
  organisationId: string,
  target: { userId: string; memberships: readonly { organisationId: string; role: string }[] },
): boolean {
  if (target.userId === viewer.userId || target.memberships.some((m) => m.role === 'admin')) return false;
  if (isPlatformAdmin(viewer)) return true;
  return mayReportOn(viewer, organisationId) && target.memberships.every((m) => m.organisationId === organisationId);
}
