import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The report as a file, with the page's filters, streamed from the api (which checks who asks) as it is
 * written. `no-store`: an interrupted download is never kept as if it were the whole file.
 */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  const { org, format } = event.params;
  if (!/^[0-9a-f-]{36}$/i.test(org) || !(format in TYPES)) error(404, 'Not found');
  const res = await fetchFromApi(callerOf(event), `/reports/${org}/completion.${format}${event.url.search}`);
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  // A refused filter: back to the report, which says what is wrong with it.
  if (res.status === 400) redirect(303, `/partner/${org}/report${event.url.search.replace(/([?&])bom=1&?/, '$1').replace(/[?&]$/, '')}`);
  if (!res.ok) error(res.status === 404 ? 404 : 502, 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': TYPES[format]!,
      'content-disposition': res.headers.get('content-disposition') ?? `attachment; filename="completion-report.${format}"`,
      'cache-control': 'private, no-store',
    },
  });
};
