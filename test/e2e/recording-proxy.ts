// A loopback HTTP proxy in front of a provider, for the e2e tests: it sees the wire as the
// network would (so a test knows every token the provider handed out, without any hook in
// the app or the provider), and it can drop every connection to stand in for a lost network.
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  readonly url: string;
  /** Access and refresh tokens from token responses, and every bearer token sent. */
  seenTokens(): readonly string[];
  /** The network goes: every connection is dropped, new ones too. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', reject);
  });
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const tokens = new Set<string>();
  const sockets = new Set<Socket>();
  let down = false;

  const server: Server = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (bearer?.[1] !== undefined) tokens.add(bearer[1]);
    const out = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        // Host stays the proxy's, as behind any transparent proxy: the provider's links
        // (the verification page) then point where the app connected.
        headers: req.headers,
      },
      (answer) => {
        void readAll(answer).then((body) => {
          if (req.url?.startsWith('/v1/oauth/token') === true && answer.statusCode === 200) {
            const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
            for (const key of ['access_token', 'refresh_token']) {
              const value = parsed[key];
              if (typeof value === 'string') tokens.add(value);
            }
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(body);
        });
      },
    );
    out.on('error', () => {
      res.destroy();
    });
    req.pipe(out);
  });
  server.on('connection', (socket) => {
    if (down) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seenTokens: () => [...tokens],
    cut: () => {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      down = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
