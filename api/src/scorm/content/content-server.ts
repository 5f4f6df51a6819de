import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { mapError, restErrorBody } from '../../common/error-mapping.js';
import { ENV, type Env } from '../../config/env.js';
import { ProgressService } from '../../progress/progress.service.js';
import { byteRange } from '../../course/course-media.controller.js';
import type { PackageStorage } from '../../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../../storage/storage.module.js';
import { CLOSING_COMMIT_PATH, closingCommitOf } from './closing-commit.js';
import { ContentLinks, HOST_PAGE } from './content-links.js';
import { contentTypeOf, declaredHtmlCharset, isHtmlFile, PRESCAN_BYTES } from './declared-charset.js';
import { hostPage } from './host-page.js';
import { packageFolder } from '../import/import-package.js';

const require = createRequire(import.meta.url);

/** The runtime scripts the host page loads: scorm-again's API objects and our bridge to the platform. */
const RUNTIME_FILES: Record<string, string> = {
  '/runtime/scorm-1.2.js': require.resolve('scorm-again/scorm12/min'),
  '/runtime/scorm-2004.js': require.resolve('scorm-again/scorm2004/min'),
  '/runtime/host.js': fileURLToPath(new URL('../runtime/host.js', import.meta.url)),
};

/** A path's percent-encoding decoded, or null when it is malformed (e.g. `%E0%A4%A`). */
function decodedPath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

const PACKAGE_PATH = /^\/p\/([0-9a-f]{64})\/(\d{1,12})\/([A-Za-z0-9_-]{43})\/(.*)$/;

/**
 * The content origin: serves unpacked SCORM packages (behind signed, expiring paths) and the runtime
 * host page, on its own port and public address. It never reads or sets cookies, so package code
 * never runs with the platform's session, and it only lets the platform's pages frame it.
 */
@Injectable()
export class ContentServer implements OnApplicationShutdown {
  private readonly logger = new Logger('ContentServer');
  private server?: Server;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
    private readonly links: ContentLinks,
    private readonly moduleRef: ModuleRef,
  ) {}

  listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.logger.error(error);
        if (!res.headersSent) this.fail(res, 500, 'Something went wrong.');
        else res.destroy();
      });
    });
    return new Promise((resolve) =>
      this.server!.listen(this.env.CONTENT_PORT, this.env.CONTENT_HOST, () => {
        this.logger.log(
          `SCORM content origin listening on http://${this.env.CONTENT_HOST}:${this.env.CONTENT_PORT} (public ${this.env.CONTENT_URL})`,
        );
        resolve();
      }),
    );
  }

  private fail(res: ServerResponse, status: number, message: string) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(message);
  }

  private commonHeaders(res: ServerResponse) {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    // Only the platform's pages (and the host page, for the SCO) may frame package content.
    res.setHeader('content-security-policy', `frame-ancestors 'self' ${this.links.platformOrigin}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://content.invalid');
    if (req.method === 'POST' && url.pathname === CLOSING_COMMIT_PATH) return this.closingCommit(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return this.fail(res, 405, 'Only GET is served here.');
    const runtimeFile = RUNTIME_FILES[url.pathname];
    if (runtimeFile) {
      this.commonHeaders(res);
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' });
      createReadStream(runtimeFile).pipe(res);
      return;
    }
    const match = PACKAGE_PATH.exec(url.pathname);
    if (!match) return this.fail(res, 404, 'Not found.');
    const [, packageId = '', expires = '', signature = '', rest = ''] = match;
    if (!this.links.verify(packageId, expires, signature))
      return this.fail(res, 403, 'This link has expired. Reopen the unit from the course page.');
    this.commonHeaders(res);
    if (rest === HOST_PAGE) return this.serveHostPage(url, res);
    const path = decodedPath(rest);
    if (path === null) return this.fail(res, 400, 'This address is not valid (bad percent-encoding).');
    return this.serveFile(packageId, path, req, res);
  }

  private serveHostPage(url: URL, res: ServerResponse) {
    const launch = url.searchParams.get('sco') ?? '';
    const version = url.searchParams.get('v');
    // The launch address must be a path inside the package: no scheme, no host, no way up.
    if (!launch || /^[a-z][a-z0-9+.-]*:|^\/|\\|(^|\/)\.\.(\/|$)/i.test(launch) || (version !== '1.2' && version !== '2004'))
      return this.fail(res, 400, 'This launch address is not valid.');
    res.setHeader(
      'content-security-policy',
      `default-src 'none'; script-src 'self'; connect-src 'self'; frame-src 'self'; style-src 'unsafe-inline'; frame-ancestors ${this.links.platformOrigin}`,
    );
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(hostPage({ launch, version, platformOrigin: this.links.platformOrigin }));
  }

  private async serveFile(packageId: string, path: string, req: IncomingMessage, res: ServerResponse) {
    let key: string;
    try {
      key = `${packageFolder(packageId)}/${path}`;
      const size = await this.storage.size(key);
      if (size === null) return this.fail(res, 404, 'This file is not in the package.');
      const charset = isHtmlFile(path) ? await this.htmlCharset(key, size) : null;
      res.setHeader('content-type', contentTypeOf(path, charset));
      res.setHeader('accept-ranges', 'bytes');
      res.setHeader('cache-control', 'private, max-age=3600');
      const range = req.headers.range ? byteRange(req.headers.range, size) : null;
      if (req.headers.range && !range) return res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      if (range)
        res.writeHead(206, { 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': range.end - range.start + 1 });
      else res.writeHead(200, { 'content-length': size });
      if (req.method === 'HEAD') return res.end();
      (await this.storage.read(key, range ?? undefined))!.pipe(res);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('not a storage key'))
        return this.fail(res, 404, 'This file is not in the package.');
      throw error;
    }
  }

  /** Stores a closing commit the host page sent itself as it closed (see closing-commit.ts). */
  private async closingCommit(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('x-content-type-options', 'nosniff');
    try {
      const { viewer, input } = await closingCommitOf(req, this.links, new URL(this.env.CONTENT_URL).origin);
      const progress = this.moduleRef.get(ProgressService, { strict: false });
      const orm = this.moduleRef.get(MikroORM, { strict: false });
      const result = await RequestContext.create(orm.em, () => progress.commit(viewer, input));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ applied: result.applied, seq: result.attempt.seq }));
    } catch (error) {
      const mapped = mapError(error);
      if (mapped.unexpected) this.logger.error(error);
      res.writeHead(mapped.status, { 'content-type': 'application/json' }).end(JSON.stringify(restErrorBody(mapped)));
    }
  }

  /** The charset an HTML file declares in its first bytes (BOM or <meta>), or null. */
  private async htmlCharset(key: string, size: number): Promise<string | null> {
    if (size === 0) return null;
    const stream = await this.storage.read(key, { start: 0, end: Math.min(size, PRESCAN_BYTES) - 1 });
    if (!stream) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return declaredHtmlCharset(Buffer.concat(chunks));
  }

  async onApplicationShutdown() {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}
