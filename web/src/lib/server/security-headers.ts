/**
 * Headers on every answer of the web server, pages and endpoints alike (set in hooks.server.ts, and by the
 * routes that web/server.ts serves ahead of SvelteKit). Pages add their CSP, which JSON does not need.
 * The opener policy keeps a page opened from here (or opening this one) from holding a handle to it;
 * the permissions policy turns off the device features no page of the platform uses, for frames too.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Over https, browsers are also told to use nothing else for a year (HSTS); on plain http the header would be ignored. */
export function securityHeaders(https: boolean): Record<string, string> {
  return https ? { ...SECURITY_HEADERS, 'strict-transport-security': 'max-age=31536000' } : { ...SECURITY_HEADERS };
}
