import { describe, expect, it } from 'vitest';
import { channelNames, ipcContract } from '../../../shared/ipc/contract';

describe('ipcContract', () => {
  it('lists every channel exactly once, in the name list the preload uses', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(ipcContract).sort());
    expect(new Set(channelNames).size).toBe(channelNames.length);
  });

  it('names channels area:verb-noun so each maps to window.pcc.area.verbNoun', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });
});
