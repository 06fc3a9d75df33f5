import { z } from 'zod';
import { actorKindSchema, dataCategorySchema } from './access-events';

// Alerts the main side computes with the shared rules (shared/domain/access) over the provider's
// events and requests. The English `promise` and `message` are kept for logs; the UI words its
// own from the structured fields.

export const alertRuleSchema = z.enum([
  'prohibited-purpose',
  'unrecognised-purpose',
  'operator-without-request',
  'operator-unknown-request',
  'operator-request-not-approved',
  'operator-outside-window',
]);
export type AlertRuleName = z.infer<typeof alertRuleSchema>;

const window = z.object({ start: z.string(), end: z.string() });

export const accessAlertSchema = z.object({
  id: z.string(),
  rule: alertRuleSchema,
  severity: z.enum(['critical', 'warning']),
  eventId: z.string(),
  time: z.string(),
  actor: z.string(),
  actorKind: actorKindSchema,
  category: dataCategorySchema,
  resource: z.string(),
  result: z.string(),
  purpose: z.string(),
  accessRequestId: z.string().nullable(),
  requestStatus: z.string().nullable(),
  approvedWindow: window.nullable(),
  promise: z.string(),
  message: z.string(),
});
export type AccessAlertItem = z.infer<typeof accessAlertSchema>;

export const alertsReportSchema = z.object({
  /** Newest first. */
  alerts: z.array(accessAlertSchema),
  /** When the provider's events were read. */
  scannedAt: z.string(),
  /** How many events and requests the rules looked at: the evidence behind "no alerts". */
  checked: z.object({
    prohibitedPurposeEvents: z.number().int().nonnegative(),
    operatorEvents: z.number().int().nonnegative(),
    accessRequests: z.number().int().nonnegative(),
  }),
});
export type AlertsReport = z.infer<typeof alertsReportSchema>;
