import { open, readdir, stat } from 'node:fs/promises';
import { arch, cpus, freemem, platform, release, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { redactText, sanitizeForSupport } from './redact';

/** Where the app keeps what support may need; main fills it from Electron's paths. */
export interface DiagnosticsSource {
  /** electron-log's folder (userData/logs). */
  readonly logDir: string;
  /** Crashpad's folder; null where there is none (the test harness). */
  readonly crashDumpDir: string | null;
  /** Runtime versions (electron, chrome, node…); Node's own when not in Electron. */
  readonly runtime: Readonly<Record<string, string>>;
}

export interface DiagnosticsInput {
  readonly source: DiagnosticsSource;
  readonly appVersion: string;
  /** The app settings as stored; secrets are dropped and strings redacted here. */
  readonly settings: unknown;
  readonly now: Date;
}

export interface DiagnosticsBundle {
  readonly zip: Uint8Array;
  readonly logFiles: number;
  readonly crashDumps: number;
}

/** The tail of each log is enough for support and keeps the bundle small enough to mail. */
export const maxLogBytes = 2 * 1024 * 1024;

async function filesIn(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

async function readTail(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, limit);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const text = buffer.toString('utf8');
    // Start at a line boundary when the head was cut off.
    return size > limit ? text.slice(text.indexOf('\n') + 1) : text;
  } finally {
    await handle.close();
  }
}

function redactLines(text: string): string {
  return text
    .split('\n')
    .map((line) => redactText(line))
    .join('\n');
}

const readme = `Privacy Control Center diagnostics

summary.json  app version, runtime versions, operating system, settings (secrets removed)
logs/         the app's recent log files

Before this file was written, tokens, Authorization headers, passwords, e-mail addresses,
IP addresses and the account name in folder paths were replaced by [redacted] markers.
Crash dumps are listed by name and size only: they hold raw memory that cannot be redacted,
so they stay on this computer unless you choose to send them yourself.
`;

/** Builds the zip support receives: redacted logs, versions, OS facts and sanitized settings. */
export async function buildDiagnosticsBundle(input: DiagnosticsInput): Promise<DiagnosticsBundle> {
  const logFiles = (await filesIn(input.source.logDir)).filter((file) => file.endsWith('.log'));
  const logs: Zippable = {};
  for (const file of logFiles) {
    logs[basename(file)] = strToU8(redactLines(await readTail(file, maxLogBytes)));
  }
  const crashDir = input.source.crashDumpDir;
  const dumpFiles =
    crashDir === null ? [] : (await filesIn(crashDir)).filter((file) => file.endsWith('.dmp'));
  const crashDumps = await Promise.all(
    dumpFiles.map(async (file) => {
      const facts = await stat(file);
      return {
        name: relative(crashDir ?? '', file),
        sizeBytes: facts.size,
        modifiedAt: facts.mtime.toISOString(),
      };
    }),
  );
  const summary = {
    generatedAt: input.now.toISOString(),
    app: { name: 'Privacy Control Center', version: input.appVersion },
    runtime: input.source.runtime,
    os: {
      platform: platform(),
      release: release(),
      arch: arch(),
      cpuCount: cpus().length,
      totalMemoryMiB: Math.round(totalmem() / 1024 / 1024),
      freeMemoryMiB: Math.round(freemem() / 1024 / 1024),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
    },
    settings: sanitizeForSupport(input.settings),
    logFiles: Object.keys(logs),
    crashDumps,
  };
  const mtime = input.now;
  const zip = zipSync(
    {
      'README.txt': [strToU8(readme), { mtime }],
      'summary.json': [strToU8(`${JSON.stringify(summary, null, 2)}\n`), { mtime }],
      logs: [logs, { mtime }],
    },
    { level: 6 },
  );
  return { zip, logFiles: logFiles.length, crashDumps: crashDumps.length };
}
