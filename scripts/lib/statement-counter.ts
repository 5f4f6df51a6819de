// Part of `pnpm bench`: a TCP proxy between an api process and PostgreSQL that counts the statements the api
// sends, by reading the frontend side of the wire protocol (a Query message, or an Execute of the extended
// protocol, is one statement). It shows whether a page costs a fixed number of queries or one per row (N+1),
// without touching the api's code or the server's configuration (pg_stat_statements is not preloaded here).
import { createServer, connect, type Server, type Socket } from 'node:net';

/** Message codes of the untyped messages a client may send before its startup message (SSL, GSS encryption). */
const PRE_STARTUP_CODES = new Set([80877103, 80877104]);

export interface StatementCounter {
  port: number;
  /** Statements sent since the last reset. */
  count(): number;
  reset(): void;
  close(): Promise<void>;
}

/** Reads one client connection's messages as they stream past, counting Query ('Q') and Execute ('E'). */
function frontendReader(onStatement: () => void) {
  let pending = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (!started) {
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        started = !PRE_STARTUP_CODES.has(pending.readInt32BE(4));
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1) + 1;
      if (pending.length < length) return;
      const type = String.fromCharCode(pending[0]!);
      if (type === 'Q' || type === 'E') onStatement();
      pending = pending.subarray(length);
    }
  };
}

export function startStatementCounter(target: { host: string; port: number }): Promise<StatementCounter> {
  let statements = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target);
    sockets.add(client).add(upstream);
    const read = frontendReader(() => statements++);
    client.on('data', (chunk: Buffer) => {
      read(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') throw new Error('the statement counter has no port');
      resolve({
        port: address.port,
        count: () => statements,
        reset: () => (statements = 0),
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
