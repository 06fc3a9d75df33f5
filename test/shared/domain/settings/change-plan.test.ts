import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createChangePlan,
  parseChangePlan,
  reviewChangePlan,
  serializeChangePlan,
  type ChangePlanContent,
} from '../../../../shared/domain/settings/change-plan';
import {
  canonicalJson,
  computeIntegrity,
} from '../../../../shared/domain/settings/signed-json-file';
import { catalogue, sha256Hex } from './catalogue-fixture';
import { must } from './must';

const TENANT = 'tenant-contoso-eu';

const content: ChangePlanContent = {
  tenantId: TENANT,
  author: 'helpdesk@contoso.example',
  createdAt: '2025-11-03T09:15:00.000Z',
  baseVersions: {
    'windows.allow-telemetry': 'W/"windows.allow-telemetry-1"',
    'office.feedback': 'W/"office.feedback-1"',
  },
  changes: [
    { settingId: 'windows.allow-telemetry', value: '1', reason: 'Ticket 4711: required data only' },
    {
      settingId: 'office.feedback',
      value: 'disabled',
      reason: 'Screenshots may hold customer data',
    },
  ],
};

async function planText(overrides: Partial<ChangePlanContent> = {}): Promise<string> {
  return serializeChangePlan(await createChangePlan({ ...content, ...overrides }, sha256Hex));
}

async function problemOf(text: string, tenant = TENANT) {
  const result = await parseChangePlan(text, tenant, sha256Hex);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.problem;
}

describe('change plan files', () => {
  it('round-trips a plan written by the app', async () => {
    const plan = await createChangePlan(content, sha256Hex);
    expect(plan).toMatchObject({ version: 2, attestation: null });
    expect(plan.integrity).toMatch(/^[0-9a-f]{64}$/);
    // The digest the provider signs: everything but the integrity and the attestation itself.
    const hashed = Object.fromEntries(
      Object.entries(plan).filter(([k]) => k !== 'integrity' && k !== 'attestation'),
    );
    expect(plan.integrity).toBe(await sha256Hex(canonicalJson(hashed)));
    expect(await parseChangePlan(serializeChangePlan(plan), TENANT, sha256Hex)).toEqual({
      ok: true,
      value: plan,
    });
  });

  it('refuses malformed JSON and says where, even when the runtime message has no position', async () => {
    const text = (await planText()).replace('"author":', '"author" ');
    const problem = await problemOf(text);
    expect(problem.kind).toBe('malformed-json');
    if (problem.kind !== 'malformed-json') return;
    const line = text.split('\n').findIndex((l) => l.includes('"author"')) + 1;
    expect(problem.line).toBe(line);
    expect(text.slice(problem.offset)).toMatch(/^"helpdesk@/);
    expect(problem.message).toContain(`line ${line}, column`);

    const cut = await problemOf('{"format": "pcc-change-plan", "changes": [');
    expect(cut.kind === 'malformed-json' && cut.offset).toBe(42);
  });

  it('names the field of a schema problem', async () => {
    const plan = JSON.parse(await planText()) as Record<string, unknown> & {
      changes: { reason: string }[];
    };
    must(plan.changes[1]).reason = '   ';
    const problem = await problemOf(JSON.stringify(plan));
    expect(problem.kind).toBe('schema');
    if (problem.kind !== 'schema') return;
    expect(problem.issues).toContainEqual({
      path: 'changes[1].reason',
      message: 'reason must not be empty',
    });
    expect(problem.message).toContain('changes[1].reason');
  });

  it('says so when another kind of file is opened as a plan', async () => {
    const problem = await problemOf(JSON.stringify({ format: 'pcc-settings-profile', version: 1 }));
    expect(problem.message).toContain('format: not a change plan');
    expect((await problemOf('{"hello": "world"}')).message).toContain('format: not a change plan');
  });

  it('reads versions 1 and 2 and names any other version', async () => {
    const v2 = JSON.parse(await planText()) as Record<string, unknown>;
    const body = Object.fromEntries(
      Object.entries(v2).filter(([k]) => k !== 'attestation' && k !== 'integrity'),
    );
    const v1 = { ...body, version: 1 };
    const v1Text = JSON.stringify({ ...v1, integrity: await computeIntegrity(v1, sha256Hex) });
    expect(await parseChangePlan(v1Text, TENANT, sha256Hex)).toMatchObject({
      ok: true,
      value: { version: 1 },
    });
    const v3 = await problemOf(JSON.stringify({ ...v2, version: 3 }));
    expect(v3.message).toContain('version: unsupported change plan version');
    // Version 1 has no attestation; one added to it is not silently ignored.
    const v1WithAttestation = await problemOf(
      JSON.stringify({ ...(JSON.parse(v1Text) as object), attestation: null }),
    );
    expect(v1WithAttestation).toMatchObject({ kind: 'schema', message: /attestation/ });
  });

  it('refuses a change without a base version, or a setting changed twice', async () => {
    const missing = await problemOf(await planText({ baseVersions: {} }));
    expect(missing.kind === 'schema' && missing.issues.map((i) => i.path)).toEqual([
      'baseVersions.windows.allow-telemetry',
      'baseVersions.office.feedback',
    ]);
    const twice = await problemOf(
      await planText({ changes: [must(content.changes[0]), must(content.changes[0])] }),
    );
    expect(twice.kind === 'schema' && twice.issues[0]?.path).toBe('changes[1].settingId');
  });

  it('refuses a setting id the provider could not have (such as __proto__)', async () => {
    const problem = await problemOf(
      await planText({
        baseVersions: {},
        changes: [{ settingId: '__proto__', value: '1', reason: 'x' }],
      }),
    );
    expect(problem.kind === 'schema' && problem.issues[0]?.path).toBe('changes[0].settingId');
    expect(problem.message).toContain('must be a setting id');
  });

  it('refuses a plan for another tenant, naming both tenants', async () => {
    const problem = await problemOf(await planText(), 'tenant-fabrikam');
    expect(problem).toMatchObject({
      kind: 'foreign-tenant',
      fileTenantId: TENANT,
      currentTenantId: 'tenant-fabrikam',
    });
    expect(problem.message).toContain(TENANT);
    expect(problem.message).toContain('tenant-fabrikam');
  });

  it('detects a plan edited after it was written', async () => {
    const text = (await planText()).replace('"value": "1"', '"value": "3"');
    const problem = await problemOf(text);
    expect(problem.kind).toBe('tampered');
    // Re-tenanting a plan by hand is tampering too, not a foreign plan.
    const moved = (await planText()).replace(TENANT, 'tenant-fabrikam');
    expect((await problemOf(moved, 'tenant-fabrikam')).kind).toBe('tampered');
  });

  it('flags settings changed since the plan was written and keeps the plan versions for ifMatch', async () => {
    const plan = await createChangePlan(content, sha256Hex);
    const now = catalogue.map((s) =>
      s.id === 'office.feedback' ? { ...s, version: 'W/"office.feedback-2"' } : s,
    );
    const review = reviewChangePlan(plan, now);
    expect(review.stale).toEqual([
      {
        settingId: 'office.feedback',
        baseVersion: 'W/"office.feedback-1"',
        currentVersion: 'W/"office.feedback-2"',
        currentValue: 'enabled',
        plannedValue: 'disabled',
      },
    ]);
    expect(review.diff.rows.map((r) => [r.id, r.baseVersion])).toEqual([
      ['windows.allow-telemetry', 'W/"windows.allow-telemetry-1"'],
      ['office.feedback', 'W/"office.feedback-1"'],
    ]);
    expect(reviewChangePlan(plan, catalogue).stale).toEqual([]);
  });
});

const planArbitrary: fc.Arbitrary<ChangePlanContent> = fc
  .uniqueArray(
    fc.record({
      settingId: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,19}$/),
      value: fc.string({ maxLength: 12 }),
      reason: fc
        .string({ unit: 'binary', minLength: 1, maxLength: 30 })
        .filter((s) => s.trim().length > 0),
      version: fc.string({ minLength: 1, maxLength: 10 }),
    }),
    { minLength: 1, maxLength: 5, selector: (c) => c.settingId },
  )
  .chain((changes) =>
    fc.record({
      tenantId: fc.constant(TENANT),
      author: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
        .filter((s) => s.trim().length > 0),
      createdAt: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      baseVersions: fc.constant(Object.fromEntries(changes.map((c) => [c.settingId, c.version]))),
      changes: fc.constant(
        changes.map(({ settingId, value, reason }) => ({ settingId, value, reason })),
      ),
    }),
  );

describe('change plan properties', () => {
  it('any plan round-trips through its file', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (c) => {
        const plan = await createChangePlan(c, sha256Hex);
        expect(await parseChangePlan(serializeChangePlan(plan), TENANT, sha256Hex)).toEqual({
          ok: true,
          value: plan,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('any single character change to a compact plan file is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArbitrary,
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        async (c, at, char) => {
          const text = JSON.stringify(await createChangePlan(c, sha256Hex));
          const i = at % text.length;
          fc.pre(text[i] !== char);
          const changed = text.slice(0, i) + char + text.slice(i + 1);
          expect((await parseChangePlan(changed, TENANT, sha256Hex)).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a change to a pretty-printed plan is refused unless it only touched whitespace', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArbitrary,
        fc.nat(),
        fc.constantFrom(' ', '\n', '\t', 'x', '"', '0', ','),
        async (c, at, char) => {
          const plan = await createChangePlan(c, sha256Hex);
          const text = serializeChangePlan(plan);
          const i = at % text.length;
          const changed = text.slice(0, i) + char + text.slice(i + 1);
          const result = await parseChangePlan(changed, TENANT, sha256Hex);
          if (result.ok) expect(result.value).toEqual(plan);
        },
      ),
      { numRuns: 200 },
    );
  });
});
