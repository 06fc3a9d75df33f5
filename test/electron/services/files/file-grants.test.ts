import { describe, expect, it } from 'vitest';
import { createFileGrants } from '../../../../electron/services/files/file-grants';
import type { StoredRecentFile } from '../../../../electron/services/recent-files/recent-files-store';

const recentPlan: StoredRecentFile = {
  id: 'aaaaaaaaaaaaaaaa',
  kind: 'plan',
  path: '/home/admin/plans/tighten.json',
  openedAt: '2026-11-30T10:00:00.000Z',
};

function grantsWithRecent() {
  return createFileGrants({ recent: { find: (id) => (id === recentPlan.id ? recentPlan : null) } });
}

describe('file grants', () => {
  it('resolves a dropped file by the id it handed out, for either kind', () => {
    const grants = grantsWithRecent();
    const id = grants.grant('/tmp/audit.csv');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(grants.resolve(id, 'log')).toBe('/tmp/audit.csv');
    expect(grants.grant('/tmp/audit.csv')).not.toBe(id);
  });

  it('resolves a recent file only for its own kind', () => {
    const grants = grantsWithRecent();
    expect(grants.resolve(recentPlan.id, 'plan')).toBe(recentPlan.path);
    expect(() => grants.resolve(recentPlan.id, 'log')).toThrow(/no longer offered/);
  });

  it('refuses an id it never gave out with not_found', () => {
    const grants = grantsWithRecent();
    expect(() => grants.resolve('0123456789abcdef', 'log')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('forgets the oldest drops first once it holds many', () => {
    const grants = grantsWithRecent();
    const first = grants.grant('/tmp/first.csv');
    for (let i = 0; i < 200; i += 1) grants.grant(`/tmp/${String(i)}.csv`);
    expect(() => grants.resolve(first, 'log')).toThrow(/no longer offered/);
  });
});
