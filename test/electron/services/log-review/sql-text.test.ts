import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlCellsObject, sqlJsonArray } from '../../../../electron/services/log-review/sql-text';

let instance: DuckDBInstance;
let db: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

async function one(sql: string): Promise<unknown> {
  return (await db.runAndReadAll(sql)).getRows()[0]?.[0];
}

describe('other cells kept as a JSON array of values', () => {
  const names = ['RecordId', 'Note "quoted"', 'Empty', 'Note "quoted"'];
  const cells = `SELECT 'a1' AS "RecordId", 'x, "y"' || chr(13) || chr(10) || 'z\\' AS "Note ""quoted""", NULL AS "Empty"`;

  it('stores the values only, in column order', async () => {
    const text = await one(
      `SELECT ${sqlJsonArray(['RecordId', 'Note "quoted"', 'Empty'])} FROM (${cells})`,
    );
    expect(JSON.parse(String(text))).toEqual(['a1', 'x, "y"\r\nz\\', null]);
  });

  it('puts the names back, values exactly as read, duplicate names allowed', async () => {
    const stored = `(SELECT ${sqlJsonArray(['RecordId', 'Note "quoted"', 'Empty', 'RecordId'])} AS extra FROM (${cells}))`;
    const text = await one(`SELECT ${sqlCellsObject('extra', names)} FROM ${stored}`);
    expect(String(text)).toBe(
      '{"RecordId":"a1","Note \\"quoted\\"":"x, \\"y\\"\\r\\nz\\\\","Empty":null,"Note \\"quoted\\"":"a1"}',
    );
  });

  it('passes NULL and, with no names, an object stored before the array form', async () => {
    expect(await one(`SELECT ${sqlCellsObject('NULL::VARCHAR', names)}`)).toBeNull();
    expect(await one(`SELECT ${sqlCellsObject(`'{"RecordId":"a1"}'`, [])}`)).toBe(
      '{"RecordId":"a1"}',
    );
  });
});
