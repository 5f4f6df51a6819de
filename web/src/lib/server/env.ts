// The web server's settings, read once. (adapter-node reads PORT, HOST and ORIGIN itself.)
function apiUrl(): string {
  const value = process.env.API_URL ?? 'http://127.0.0.1:4000';
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`API_URL is not a valid URL: ${value}`);
  }
}

/** The SCORM content origin (the api's CONTENT_URL): the only origin this site frames. */
function contentOrigin(): string {
  const value = process.env.CONTENT_URL ?? 'http://127.0.0.1:4100';
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`CONTENT_URL is not a valid URL: ${value}`);
  }
}

export const env = { apiUrl: apiUrl(), contentOrigin: contentOrigin() } as const;
