import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server (here Redis), which a test can cut off: while paused, open
 * connections are dropped and new ones are accepted but never answered, as when a server hangs or a
 * network goes away. Lets one test's api lose Redis without stopping the Redis other tests share.
 */
export interface PausableProxy {
  url: string;
  pause: () => void;
  resume: () => void;
  close: () => Promise<void>;
}

export async function startPausableProxy(target: URL): Promise<PausableProxy> {
  let paused = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (paused) return; // accepted, never answered
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    pause: () => {
      paused = true;
      for (const socket of sockets) socket.destroy();
    },
    resume: () => {
      paused = false;
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
