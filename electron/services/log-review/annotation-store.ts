// The DuckDB mirror of a case's flags, tags and notes (case.json holds the originals). The
// mirror carries case.json's revision number, so opening a case reloads it only when the two
// differ (for example after a crash between writing one and the other).
import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation } from '../../../shared/ipc/schemas/logs';
import type { CaseDocument } from './case-file';
import type { DuckSession } from './duckdb-session';
import { sqlString } from './sql-text';

async function setRevision(session: DuckSession, revision: number): Promise<void> {
  await session.importer.run(`INSERT OR REPLACE INTO meta VALUES ('annotationsRevision', $1)`, [
    String(revision),
  ]);
}

export async function putAnnotation(
  session: DuckSession,
  eventId: number,
  annotation: Annotation,
  revision: number,
): Promise<void> {
  const db = session.importer;
  await db.run('BEGIN TRANSACTION');
  try {
    await db.run('DELETE FROM annotations WHERE event_id = $1::BIGINT', [eventId]);
    if (annotation.flagged || annotation.tags.length > 0 || annotation.note !== null) {
      const tags = annotation.tags.map(sqlString).join(', ');
      await db.run(`INSERT INTO annotations VALUES ($1::BIGINT, $2, [${tags}]::VARCHAR[], $3)`, [
        eventId,
        annotation.flagged,
        annotation.note,
      ]);
    }
    await setRevision(session, revision);
    await db.run('COMMIT');
  } catch (error) {
    await db.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Makes the mirror match case.json, in one bulk load when it does not already. */
export async function loadAnnotations(
  session: DuckSession,
  document: CaseDocument,
  dir: string,
): Promise<void> {
  const reader = await session.importer.runAndReadAll(
    `SELECT value FROM meta WHERE key = 'annotationsRevision'`,
  );
  const stored = reader.getRows()[0]?.[0];
  if (stored === String(document.annotationsRevision)) return;
  const lines = Object.entries(document.annotations)
    .map(([id, a]) => JSON.stringify({ event_id: Number(id), ...a }))
    .join('\n');
  const temporary = join(dir, 'annotations-load.jsonl');
  await writeFile(temporary, `${lines}\n`, 'utf8');
  const db = session.importer;
  try {
    await db.run('BEGIN TRANSACTION');
    await db.run('DELETE FROM annotations');
    if (lines !== '')
      await db.run(
        `INSERT INTO annotations SELECT event_id, flagged, tags, note FROM read_json(${sqlString(temporary)},
           format = 'newline_delimited',
           columns = {event_id: 'BIGINT', flagged: 'BOOLEAN', tags: 'VARCHAR[]', note: 'VARCHAR'})`,
      );
    await setRevision(session, document.annotationsRevision);
    await db.run('COMMIT');
  } catch (error) {
    await db.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
