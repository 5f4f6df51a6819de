/** The logged-in person, as the web server knows them for one request. */
export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  locale: string;
  /** Every role the person holds, in any organisation. */
  roles: string[];
}

/** Trainers and platform admins bring in SCORM packages. */
export function mayImportPackages(viewer: Pick<Viewer, 'roles'> | null): boolean {
  return !!viewer && (viewer.roles.includes('trainer') || viewer.roles.includes('admin'));
}
