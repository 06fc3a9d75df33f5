// Loaded with `node --import` into a process (and every worker thread it starts) to prove it
// never opens a network connection: each way Node code can reach the network is replaced by
// a function that records the attempt and throws. The attempts are written as JSON to the
// file named by PCC_NETWORK_TRAP_REPORT when the process exits.
import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';

const report = process.env.PCC_NETWORK_TRAP_REPORT;
const attempts: string[] = [];

function trap(owner: object, name: string, api: string): void {
  Object.defineProperty(owner, name, {
    configurable: true,
    writable: true,
    value: () => {
      const where = (new Error().stack ?? '').split('\n')[2]?.trim() ?? '';
      attempts.push(`${api} ${where}`);
      if (report !== undefined) appendFileSync(report, `${JSON.stringify(`${api} ${where}`)}\n`);
      throw new Error(`network use blocked by the test: ${api}`);
    },
  });
}

trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
for (const name of ['connect', 'createConnection']) trap(net, name, `net.${name}`);
trap(tls, 'connect', 'tls.connect');
for (const name of ['request', 'get']) {
  trap(http, name, `http.${name}`);
  trap(https, name, `https.${name}`);
}
trap(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'])
  trap(dns, name, `dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'])
  trap(dns.promises, name, `dns.promises.${name}`);
trap(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') trap(globalThis, 'WebSocket', 'WebSocket');

// Worker threads get the trap too, whatever execArgv their creator chose.
const self = fileURLToPath(import.meta.url);
class TrappedWorker extends Worker {
  constructor(filename: string | URL, options: ConstructorParameters<typeof Worker>[1] = {}) {
    const execArgv = [...(options.execArgv ?? process.execArgv), '--import', self];
    super(filename, { ...options, execArgv });
  }
}
const workerThreads = await import('node:worker_threads');
Object.defineProperty(workerThreads.default, 'Worker', { value: TrappedWorker });
// Named imports (`import { connect } from 'node:net'`) see the replacements too.
syncBuiltinESMExports();

if (isMainThread && report !== undefined) appendFileSync(report, '');
