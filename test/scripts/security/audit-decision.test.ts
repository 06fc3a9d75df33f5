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
const listOf = (...entries: { file: string; check: string }[]): AllowList => ({
  entries: entries.map((entry) => ({ ...entry, reason })),
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

  it('passes when every such finding is explained for its own file and check', () => {
    const decision = decideAudit(
      [finding(), finding({ line: 80 })],
      [],
      listOf({ file: finding().file, check: finding().check }),
    );
    expect(decision).toMatchObject({ passed: true, blocking: [], unusedEntries: [] });
    expect(decision.allowed).toHaveLength(2);
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
        const list = listOf(
          ...all
            .filter(
              (f) =>
                allowedFiles.includes(f.file) && (f.severity === 'MEDIUM' || f.severity === 'HIGH'),
            )
            .map((f) => ({ file: f.file, check: f.check }))
            .filter(
              (e, i, arr) => arr.findIndex((o) => o.file === e.file && o.check === e.check) === i,
            ),
        );
        const decision = decideAudit(all, [], list);
        const unexplained = all.filter(
          (f) =>
            (f.severity === 'MEDIUM' || f.severity === 'HIGH') && !allowedFiles.includes(f.file),
        );
        expect(decision.blocking).toEqual(unexplained);
        expect(decision.passed).toBe(unexplained.length === 0);
      }),
    );
  });
});

describe('the reviewed allow-list file', () => {
  const raw: unknown = JSON.parse(
    readFileSync('scripts/security/electronegativity-allow-list.json', 'utf8'),
  );

  it('validates: every entry has a file, a check and a written reason', () => {
    const list = allowListSchema.parse(raw);
    expect(list.entries.length).toBeGreaterThan(0);
    for (const entry of list.entries) expect(entry.reason.split(' ').length).toBeGreaterThan(8);
  });

  it('refuses an entry without a real reason', () => {
    const bad = { entries: [{ file: 'a.ts', check: 'SANDBOX_JS_CHECK', reason: 'fine' }] };
    expect(allowListSchema.safeParse(bad).success).toBe(false);
  });
});
