// The review never opens a network connection. The whole review runs in a child process with
// every Node network API trapped (test/support/network-trap.ts, in worker threads too), and,
// where strace exists (Linux), under strace, which also sees native code such as DuckDB's:
// no internet socket may be created at all. A control run makes deliberate connections to
// show both checks catch them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const script = join(here, 'offline-review.ts');
const trapModule = fileURLToPath(new URL('../../../support/network-trap.ts', import.meta.url));
const strace = ['/usr/bin/strace', '/bin/strace'].find((path) => existsSync(path));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Run = { status: number | null; output: string; attempts: string[]; inetSockets: string[] };

function run(mode: 'review' | 'control', withStrace: boolean): Run {
  const dir = mkdtempSync(join(tmpdir(), 'pcc-offline-'));
  dirs.push(dir);
  const report = join(dir, 'attempts.jsonl');
  const syscalls = join(dir, 'strace.txt');
  const node = [
    process.execPath,
    '--import',
    'tsx',
    '--import',
    trapModule,
    script,
    mode,
    join(dir, 'work'),
  ];
  const command =
    withStrace && strace !== undefined
      ? [strace, '-f', '-qq', '-e', 'trace=socket', '-o', syscalls, ...node]
      : node;
  const [file = '', ...args] = command;
  const child = spawnSync(file, args, {
    env: { ...process.env, PCC_NETWORK_TRAP_REPORT: report },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const attempts = existsSync(report)
    ? readFileSync(report, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as string)
    : [];
  const inetSockets = existsSync(syscalls)
    ? readFileSync(syscalls, 'utf8')
        .split('\n')
        .filter((l) => /socket\(AF_INET6?,/.test(l))
    : [];
  return { status: child.status, output: `${child.stdout}${child.stderr}`, attempts, inetSockets };
}

describe('the review works offline', () => {
  it('imports, queries, searches, annotates and exports without any network use', () => {
    const result = run('review', true);
    expect(result.output).toContain('finished');
    expect(result.status).toBe(0);
    expect(result.attempts).toEqual([]);
    expect(result.inetSockets).toEqual([]);
  });

  it('the Node-level trap catches fetch, net and dns (the check can fail)', () => {
    const result = run('control', false);
    expect(result.status).toBe(0);
    const apis = result.attempts.map((a) => a.split(' ')[0]);
    expect(apis).toEqual(expect.arrayContaining(['fetch', 'net.connect', 'dns.promises.lookup']));
    // The fourth is the worker thread's fetch.
    expect(apis.filter((api) => api === 'fetch')).toHaveLength(2);
  });

  it.skipIf(strace === undefined)('strace sees the socket a real connection opens', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcc-offline-'));
    dirs.push(dir);
    const syscalls = join(dir, 'strace.txt');
    // Without the trap, a plain connection attempt: strace must see its AF_INET socket.
    spawnSync(
      strace ?? '',
      [
        '-f',
        '-qq',
        '-e',
        'trace=socket',
        '-o',
        syscalls,
        process.execPath,
        '-e',
        "require('node:net').connect(9, '127.0.0.1').on('error', () => {})",
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(readFileSync(syscalls, 'utf8')).toMatch(/socket\(AF_INET,/);
  });
});
