// Where review cases live: one folder per case under the app's data folder
// (<dataDir>/log-review/cases/<id>/), listed most recently opened first.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { caseIdSchema, type CaseSummary } from '../../../shared/ipc/schemas/logs';
import { readCaseDocument } from './case-file';

export function casesRoot(dataDir: string): string {
  return join(dataDir, 'log-review', 'cases');
}

export function caseDir(dataDir: string, id: string): string {
  // The id is checked by the IPC schema too; checked again here because it names a folder.
  return join(casesRoot(dataDir), caseIdSchema.parse(id));
}

export function newCaseId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `${day}-${randomBytes(4).toString('hex')}`;
}

/** Every readable case, most recently opened first; unreadable folders are skipped. */
export async function listCases(dataDir: string): Promise<CaseSummary[]> {
  const root = casesRoot(dataDir);
  await mkdir(root, { recursive: true });
  const entries = await readdir(root, { withFileTypes: true });
  const cases: CaseSummary[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !caseIdSchema.safeParse(entry.name).success) continue;
    try {
      const document = await readCaseDocument(join(root, entry.name, 'case.json'));
      cases.push({
        id: entry.name,
        name: document.name,
        createdAt: document.createdAt,
        lastOpenedAt: document.lastOpenedAt,
        files: document.files.length,
        events: document.files.reduce((n, f) => n + f.rowsImported, 0),
      });
    } catch {
      // A folder without a valid case.json is not a case (e.g. one being created).
    }
  }
  return cases.sort((a, b) => (a.lastOpenedAt < b.lastOpenedAt ? 1 : -1));
}
