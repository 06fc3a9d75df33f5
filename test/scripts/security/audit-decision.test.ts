import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowListSchema,
  decideAudit,
  describeDecision,
  severities,
  type AllowList,
  type Finding,
} from '../../../scripts/security/audit-decision';

const finding = (patch: Partial<Finding> = {}): Finding => ({
  file: 'electron/main/window-factory.ts',
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  confidence: 'FIRM',
  line: 31,
  description: 'Review the use of the contextIsolation option',
  ...patch,
});

const reason = 'The options come from windowOptions(), which the unit tests check.';
const listOf = (...entries: { file: string; check: string; count?: number }[]): AllowList => ({
  entries: entries.map(({ file, check, count = 1 }) => ({ file, check, count, reason })),
});

describe('decideAudit', () => {
  it('fails on a medium-or-worse finding the allow-list does not explain', () => {
    const unexplained = finding({
      file: 'electron/main/new-window.ts',
      check: 'NODE_INTEGRATION_JS_CHECK',
    });
    const decision = decideAudit(
      [finding(), unexplained],
      [],
      listOf({ file: finding().file, check: finding().check }),
    );
    expect(decision.passed).toBe(false);
    expect(decision.blocking).toEqual([unexplained]);
    expect(describeDecision(decision)[0]).toMatch(
      /^FAIL HIGH NODE_INTEGRATION_JS_CHECK electron\/main\/new-window\.ts:31/,
    );
  });

  it('passes when every such finding is explained for its own file, check and count', () => {
    const decision = decideAudit(
      [finding(), finding({ line: 80 })],
      [],
      listOf({ file: finding().file, check: finding().check, count: 2 }),
    );
    expect(decision).toMatchObject({
      passed: true,
      blocking: [],
      unusedEntries: [],
      countMismatches: [],
    });
    expect(decision.allowed).toHaveLength(2);
  });

  it('fails on a second finding of an allow-listed check in the same file', () => {
    // A new BrowserWindow with contextIsolation: false beside the reviewed one.
    const reviewed = finding();
    const added = finding({ line: 75 });
    const list = listOf({ file: reviewed.file, check: reviewed.check });
    expect(decideAudit([reviewed], [], list).passed).toBe(true);
    const decision = decideAudit([reviewed, added], [], list);
    expect(decision.passed).toBe(false);
    expect(decision.allowed).toEqual([]);
    expect(decision.countMismatches).toEqual([
      { entry: list.entries[0], findings: [reviewed, added] },
    ]);
    expect(describeDecision(decision)).toEqual([
      'FAIL CONTEXT_ISOLATION_JS_CHECK electron/main/window-factory.ts: the allow-list ' +
        'explains 1, the scan found 2 (lines 31, 75): fix the new one, or review it and ' +
        'raise the count and the reason',
    ]);
  });

  it('fails when fewer findings remain than the entry counts (a stale count)', () => {
    const list = listOf({ file: finding().file, check: finding().check, count: 2 });
    const decision = decideAudit([finding()], [], list);
    expect(decision.passed).toBe(false);
    expect(decision.unusedEntries).toEqual([]);
    expect(describeDecision(decision)).toEqual([
      'FAIL CONTEXT_ISOLATION_JS_CHECK electron/main/window-factory.ts: the allow-list ' +
        'explains 2, the scan found 1 (line 31): lower the count and check the reason still holds',
    ]);
  });

  it('counts only medium-or-worse findings against an entry', () => {
    const list = listOf({ file: finding().file, check: finding().check });
    const decision = decideAudit([finding(), finding({ severity: 'LOW', line: 90 })], [], list);
    expect(decision).toMatchObject({ passed: true, countMismatches: [] });
    expect(decision.belowThreshold).toHaveLength(1);
  });

  it('does not let an entry for one file or check excuse another', () => {
    const list = listOf({ file: 'electron/main/other.ts', check: 'CONTEXT_ISOLATION_JS_CHECK' });
    const sameCheckOtherFile = decideAudit([finding()], [], list);
    expect(sameCheckOtherFile.passed).toBe(false);
    const otherCheck = decideAudit([finding({ check: 'SANDBOX_JS_CHECK' })], [], listOf(finding()));
    expect(otherCheck.blocking).toHaveLength(1);
  });

  it('reports low and informational findings without failing', () => {
    const decision = decideAudit(
      [finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })],
      [],
      { entries: [] },
    );
    expect(decision).toMatchObject({ passed: true, blocking: [] });
    expect(decision.belowThreshold).toHaveLength(2);
  });

  it('fails on a stale allow-list entry and on a file the scanner could not parse', () => {
    const stale = decideAudit([], [], listOf({ file: 'gone.ts', check: 'SANDBOX_JS_CHECK' }));
    expect(stale.passed).toBe(false);
    expect(describeDecision(stale)).toEqual([
      'FAIL allow-list entry matches no finding (remove it): SANDBOX_JS_CHECK gone.ts',
    ]);
    const blind = decideAudit([], [{ file: 'renderer/src/x.tsx', message: 'Unexpected token' }], {
      entries: [],
    });
    expect(blind.passed).toBe(false);
  });

  it('passes exactly when nothing medium-or-worse is unexplained (property)', () => {
    const findings = fc.array(
      fc.record({
        file: fc.constantFrom('a.ts', 'b.ts', 'N/A'),
        check: fc.constantFrom('CSP_GLOBAL_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK'),
        severity: fc.constantFrom(...severities),
        confidence: fc.constant('FIRM'),
        line: fc.nat(),
        description: fc.constant('d'),
      }),
    );
    fc.assert(
      fc.property(findings, fc.subarray(['a.ts', 'b.ts', 'N/A']), (all, allowedFiles) => {
        const counts = new Map<string, { file: string; check: string; count: number }>();
        for (const f of all) {
          if (!allowedFiles.includes(f.file) || !(f.severity === 'MEDIUM' || f.severity === 'HIGH'))
            continue;
          const id = `${f.file} ${f.check}`;
          const entry = counts.get(id) ?? { file: f.file, check: f.check, count: 0 };
          counts.set(id, { ...entry, count: entry.count + 1 });
        }
        const list = listOf(...counts.values());
        const decision = decideAudit(all, [], list);
        const unexplained = all.filter(
          (f) =>
            (f.severity === 'MEDIUM' || f.severity === 'HIGH') && !allowedFiles.includes(f.file),
        );
        expect(decision.blocking).toEqual(unexplained);
        expect(decision.passed).toBe(unexplained.length === 0);
        // Any entry's count one off, either way, fails the gate.
        list.entries.forEach((entry, i) => {
          for (const count of [entry.count - 1, entry.count + 1]) {
            const off = list.entries.map((e, j) => (i === j ? { ...e, count } : e));
            expect(decideAudit(all, [], { entries: off }).passed).toBe(false);
          }
        });
      }),
    );
  });
});

describe('the reviewed allow-list file', () => {
  const raw: unknown = JSON.parse(
    readFileSync('scripts/security/electronegativity-allow-list.json', 'utf8'),
  );

  it('validates: every entry has a file, a check, a count and a written reason', () => {
    const list = allowListSchema.parse(raw);
    expect(list.entries.length).toBeGreaterThan(0);
    for (const entry of list.entries) {
      expect(entry.reason.split(' ').length).toBeGreaterThan(8);
      expect(entry.count).toBeGreaterThan(0);
    }
  });

  it('refuses an entry without a real reason', () => {
    const bad = {
      entries: [{ file: 'a.ts', check: 'SANDBOX_JS_CHECK', count: 1, reason: 'fine' }],
    };
    expect(allowListSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses an entry without a positive whole count', () => {
    const entry = { file: 'a.ts', check: 'SANDBOX_JS_CHECK', reason };
    for (const count of [undefined, 0, -1, 1.5, '1'])
      expect(allowListSchema.safeParse({ entries: [{ ...entry, count }] }).success).toBe(false);
  });

  it('refuses two entries for the same file and check', () => {
    const entry = { file: 'a.ts', check: 'SANDBOX_JS_CHECK', count: 1, reason };
    const result = allowListSchema.safeParse({ entries: [entry, { ...entry, count: 2 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['entries', 1]);
  });
});
