import { z } from 'zod';

/** Electronegativity's severity scale, lowest first. */
export const severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof severities)[number];

/** Findings at or above this fail the build unless the allow-list explains them. */
export const blockingSeverity: Severity = 'MEDIUM';

export interface Finding {
  /** Path relative to the project root, with forward slashes ("N/A" for project-wide checks). */
  readonly file: string;
  /** Electronegativity's check id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  readonly line: number;
  readonly description: string;
}

export interface ParseFailure {
  readonly file: string;
  readonly message: string;
}

export const allowEntrySchema = z
  .object({
    file: z.string().min(1),
    check: z.string().regex(/^[A-Z0-9_]+$/),
    /**
     * How many findings of this check the scan reports in this file. A file and a check alone
     * would also excuse a second, new finding (another BrowserWindow with unsafe options in
     * the same file); with the count, one more or one fewer fails the gate until reviewed.
     */
    count: z.number().int().positive(),
    /** Why these findings are not a problem here, for the next reviewer: a real sentence. */
    reason: z.string().min(40),
  })
  .strict();
export type AllowEntry = z.infer<typeof allowEntrySchema>;

const key = (file: string, check: string) => `${file}\0${check}`;

export const allowListSchema = z
  .object({
    $comment: z.string().optional(),
    entries: z.array(allowEntrySchema),
  })
  .strict()
  .superRefine((list, context) => {
    // One entry per file and check, so its count is the whole count.
    const seen = new Set<string>();
    list.entries.forEach((entry, index) => {
      const id = key(entry.file, entry.check);
      if (seen.has(id))
        context.addIssue({
          code: 'custom',
          path: ['entries', index],
          message: `A second entry for ${entry.check} in ${entry.file}: merge it into the first.`,
        });
      seen.add(id);
    });
  });
export type AllowList = z.infer<typeof allowListSchema>;

/** An entry whose file and check the scan still reports, but not as many times as it says. */
export interface CountMismatch {
  readonly entry: AllowEntry;
  /** Every medium-or-worse finding of the entry's file and check: none of them is allowed. */
  readonly findings: readonly Finding[];
}

export interface AuditDecision {
  readonly passed: boolean;
  /** Medium or worse, not explained by the allow-list: each one fails the build. */
  readonly blocking: readonly Finding[];
  readonly allowed: readonly { readonly finding: Finding; readonly entry: AllowEntry }[];
  /** Below the bar: reported, never failing. */
  readonly belowThreshold: readonly Finding[];
  /** Entries that match no finding any more: stale explanations fail the build too. */
  readonly unusedEntries: readonly AllowEntry[];
  /** Entries whose count differs from the findings: a new one unreviewed, or one gone. */
  readonly countMismatches: readonly CountMismatch[];
  /** Files the scanner could not read: a blind spot is a failure, not a pass. */
  readonly unparsed: readonly ParseFailure[];
}

export function isBlockingSeverity(severity: Severity): boolean {
  return severities.indexOf(severity) >= severities.indexOf(blockingSeverity);
}

/**
 * The gate's whole judgement, apart from running the scanner so it is tested on its own:
 * the findings of medium severity or above in each file and check must be exactly as many as
 * the allow-list entry for that file and check says; every entry must still match a
 * finding; every file must have parsed.
 */
export function decideAudit(
  findings: readonly Finding[],
  unparsed: readonly ParseFailure[],
  allowList: AllowList,
): AuditDecision {
  const entries = new Map(allowList.entries.map((entry) => [key(entry.file, entry.check), entry]));
  const groups = new Map<string, Finding[]>();
  const blocking: Finding[] = [];
  const belowThreshold: Finding[] = [];
  for (const finding of findings) {
    if (!isBlockingSeverity(finding.severity)) {
      belowThreshold.push(finding);
      continue;
    }
    const id = key(finding.file, finding.check);
    if (!entries.has(id)) {
      blocking.push(finding);
      continue;
    }
    const group = groups.get(id) ?? [];
    group.push(finding);
    groups.set(id, group);
  }
  const allowed: { finding: Finding; entry: AllowEntry }[] = [];
  const unusedEntries: AllowEntry[] = [];
  const countMismatches: CountMismatch[] = [];
  for (const entry of allowList.entries) {
    const group = groups.get(key(entry.file, entry.check)) ?? [];
    if (group.length === 0) unusedEntries.push(entry);
    else if (group.length !== entry.count) countMismatches.push({ entry, findings: group });
    else allowed.push(...group.map((finding) => ({ finding, entry })));
  }
  return {
    passed:
      blocking.length === 0 &&
      unusedEntries.length === 0 &&
      countMismatches.length === 0 &&
      unparsed.length === 0,
    blocking,
    allowed,
    belowThreshold,
    unusedEntries,
    countMismatches,
    unparsed,
  };
}

function describeMismatch({ entry, findings }: CountMismatch): string {
  const lines = findings.map((f) => f.line).join(', ');
  const found =
    `the allow-list explains ${entry.count}, the scan found ${findings.length} ` +
    `(line${findings.length === 1 ? '' : 's'} ${lines})`;
  const todo =
    findings.length > entry.count
      ? 'fix the new one, or review it and raise the count and the reason'
      : 'lower the count and check the reason still holds';
  return `FAIL ${entry.check} ${entry.file}: ${found}: ${todo}`;
}

/** The report printed by the gate, one line per item. */
export function describeDecision(decision: AuditDecision): string[] {
  const lines: string[] = [];
  for (const f of decision.blocking) {
    lines.push(`FAIL ${f.severity} ${f.check} ${f.file}:${f.line} ${f.description}`);
  }
  for (const entry of decision.unusedEntries) {
    lines.push(
      `FAIL allow-list entry matches no finding (remove it): ${entry.check} ${entry.file}`,
    );
  }
  for (const mismatch of decision.countMismatches) lines.push(describeMismatch(mismatch));
  for (const failure of decision.unparsed) {
    lines.push(`FAIL could not parse ${failure.file}: ${failure.message}`);
  }
  for (const { finding } of decision.allowed) {
    lines.push(`allowed ${finding.severity} ${finding.check} ${finding.file}:${finding.line}`);
  }
  for (const f of decision.belowThreshold) {
    lines.push(`note ${f.severity} ${f.check} ${f.file}:${f.line}`);
  }
  return lines;
}
