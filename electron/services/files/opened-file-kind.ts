import { open } from 'node:fs/promises';
import type { OpenedFileKind } from '../../../shared/ipc/schemas/files';

const peekBytes = 4096;

/**
 * Whether a dropped file is a change plan or a log, from its first bytes (never its name):
 * a plan is a JSON object that declares `"format": "pcc-change-plan"` near its start;
 * anything else goes to the log review, whose import names what it found when it is no log.
 */
export async function openedFileKind(path: string): Promise<OpenedFileKind> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(peekBytes);
    const { bytesRead } = await handle.read(buffer, 0, peekBytes, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return /^\s*\{/.test(head) && /"format"\s*:\s*"pcc-change-plan"/.test(head) ? 'plan' : 'log';
  } finally {
    await handle.close();
  }
}
