import { json, type RequestEvent } from '@sveltejs/kit';

/**
 * The JSON endpoints the page's own script calls (passkeys): SvelteKit's CSRF check covers forms only, so a
 * browser's Origin must be this site's own. Null when the request may go on, else the answer to send.
 */
export function refuseForeignOrigin(event: Pick<RequestEvent, 'request' | 'url'>): Response | null {
  const origin = event.request.headers.get('origin');
  return origin === event.url.origin ? null : json({ error: { code: 'FORBIDDEN' } }, { status: 403 });
}
