/** The logged-in person, as the web server knows them for one request. */
export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  locale: string;
}
