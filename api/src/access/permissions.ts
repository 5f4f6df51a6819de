import type { Viewer } from '../auth/viewer.js';

/**
 * Every permission rule of the platform, in one place. Rules are scoped to an organisation: holding a
 * role somewhere grants nothing elsewhere. The `admin` role is the platform's own administrator and
 * counts in every organisation.
 */

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
