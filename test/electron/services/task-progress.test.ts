import { describe, expect, it } from 'vitest';
import { combineTaskProgress, type Progress } from '../../../electron/services/task-progress';

describe('combineTaskProgress', () => {
  it('shows a known share over an indeterminate one and clears only when all have ended', () => {
    const shown: Progress[] = [];
    const of = combineTaskProgress((p) => shown.push(p));
    const push = of('push');
    const load = of('import');
    push('indeterminate');
    load('indeterminate');
    load(0.25);
    load(0.5);
    push(null);
    load(null);
    expect(shown).toEqual(['indeterminate', 0.25, 0.5, null]);
  });

  it('keeps the bar of a running import when a push ends', () => {
    const shown: Progress[] = [];
    const of = combineTaskProgress((p) => shown.push(p));
    of('import')(0.3);
    of('push')('indeterminate');
    of('push')(null);
    expect(shown).toEqual([0.3]);
  });
});
