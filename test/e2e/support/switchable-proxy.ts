import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay in front of the provider that a test can switch off (connections are
 * refused: the app sees the provider as offline) and on again on the same port, without
 * restarting the provider (whose tokens would change).
 */
export interface SwitchableProxy {
  readonly url: string;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableProxy(targetUrl: string): Promise<SwitchableProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  function listen(): Promise<void> {
    const next = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    server = next;
    return new Promise((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        const address = next.address();
        if (address !== null && typeof address === 'object') port = address.port;
        resolve();
      });
    });
  }

  function stop(): Promise<void> {
    const current = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    return current === null
      ? Promise.resolve()
      : new Promise((resolve) => {
          current.close(() => {
            resolve();
          });
        });
  }

  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    goOffline: stop,
    goOnline: listen,
    close: stop,
  };
}
