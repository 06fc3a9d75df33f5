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
    /** Why this finding is not a problem here, for the next reviewer: a real sentence. */
    reason: z.string().min(40),
  })
  .strict();
export type AllowEntry = z.infer<typeof allowEntrySchema>;

export const allowListSchema = z
  .object({
    $comment: z.string().optional(),
    entries: z.array(allowEntrySchema),
  })
  .strict();
export type AllowList = z.infer<typeof allowListSchema>;

export interface AuditDecision {
  readonly passed: boolean;
  /** Medium or worse, not explained by the allow-list: each one fails the build. */
  readonly blocking: readonly Finding[];
  readonly allowed: readonly { readonly finding: Finding; readonly entry: AllowEntry }[];
  /** Below the bar: reported, never failing. */
  readonly belowThreshold: readonly Finding[];
  /** Entries that match no finding any more: stale explanations fail the build too. */
  readonly unusedEntries: readonly AllowEntry[];
  /** Files the scanner could not read: a blind spot is a failure, not a pass. */
  readonly unparsed: readonly ParseFailure[];
}

export function isBlockingSeverity(severity: Severity): boolean {
  return severities.indexOf(severity) >= severities.indexOf(blockingSeverity);
}

const key = (file: string, check: string) => `${file}\0${check}`;

/**
 * The gate's whole judgement, apart from running the scanner so it is tested on its own:
 * every finding of medium severity or above must be matched (same file, same check) by an
 * allow-list entry; every entry must still match a finding; every file must have parsed.
 */
export function decideAudit(
  findings: readonly Finding[],
  unparsed: readonly ParseFailure[],
  allowList: AllowList,
): AuditDecision {
  const entries = new Map(allowList.entries.map((entry) => [key(entry.file, entry.check), entry]));
  const used = new Set<string>();
  const blocking: Finding[] = [];
  const allowed: { finding: Finding; entry: AllowEntry }[] = [];
  const belowThreshold: Finding[] = [];
  for (const finding of findings) {
    if (!isBlockingSeverity(finding.severity)) {
      belowThreshold.push(finding);
      continue;
    }
    const id = key(finding.file, finding.check);
    const entry = entries.get(id);
    if (entry) {
      used.add(id);
      allowed.push({ finding, entry });
    } else {
      blocking.push(finding);
    }
  }
  const unusedEntries = allowList.entries.filter(
    (entry) => !used.has(key(entry.file, entry.check)),
  );
  return {
    passed: blocking.length === 0 && unusedEntries.length === 0 && unparsed.length === 0,
    blocking,
    allowed,
    belowThreshold,
    unusedEntries,
    unparsed,
  };
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
