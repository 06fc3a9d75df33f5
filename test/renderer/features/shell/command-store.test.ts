import { describe, expect, it } from 'vitest';
import { createCommandStore } from '../../../../renderer/src/features/shell/command-store';

describe('command store', () => {
  it('runs the export of the screen shown, or says there is nothing to export', () => {
    const store = createCommandStore();
    const ran: string[] = [];
    const stop = store.getState().registerExport('log-review', () => ran.push('log-review'));
    store.getState().runExport('log-review');
    expect(ran).toEqual(['log-review']);
    expect(store.getState().notice).toBeNull();
    store.getState().runExport('overview');
    expect(store.getState().notice).toBe('nothingToExport');
    store.getState().dismissNotice();
    stop();
    store.getState().runExport('log-review');
    expect(ran).toEqual(['log-review']);
    expect(store.getState().notice).toBe('nothingToExport');
  });
});
