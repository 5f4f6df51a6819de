// Starts the built web app (adapter-node's request handler) on plain HTTP.
// adapter-node works out the public origin from the request and assumes https unless a protocol
// header says otherwise; SvelteKit's CSRF check compares that origin with the browser's Origin
// header. Behind a TLS proxy the proxy sets x-forwarded-proto; served directly (npm start, the
// tests), this marks the request as the plain http it is.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { bytesOf, refuseOversizedForm } from '#lib/server/oversized-form.ts';
import { serveStreamedUpload } from '#lib/server/streamed-uploads.ts';
import { serveTrack } from '#lib/server/track-commit.ts';

process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
// SvelteKit reads at most 1 MB of any request body (a 200 MB anonymous POST /login once cost 1.1 GB of memory).
// Uploads (SCORM packages of up to 1 GB, course folders, media) are streamed to the api by serveStreamedUpload
// instead, never held here.
process.env.BODY_SIZE_LIMIT ??= '1M';
const { handler } = (await import(new URL('./build/handler.js', import.meta.url).href)) as {
  handler: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
};

const formLimit = bytesOf(process.env.BODY_SIZE_LIMIT);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer((req, res) => {
  // The player's commits, the busiest route, skip SvelteKit's per-request work (src/lib/server/track-commit.ts).
  if (serveTrack(req, res)) return;
  req.headers['x-forwarded-proto'] ??= 'http';
  if (serveStreamedUpload(req, res)) return;
  if (refuseOversizedForm(req, res, formLimit)) return;
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});

server.listen(port, host, () => console.log(`web listening on http://${host}:${port}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
