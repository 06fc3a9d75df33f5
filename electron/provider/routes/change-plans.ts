import type { Hono } from 'hono';
import { z } from 'zod';
import {
  attestationStatement,
  type PlanAttestation,
} from '../../../shared/domain/settings/plan-attestation';
import { requireScope, type ProviderDeps, type ProviderEnv } from '../context';
import { ApiError } from '../errors';
import { signText } from '../signing';
import type { Schemas } from '../types';
import { parseOr400, readJsonBody } from '../validation';

const attestationRequestSchema = z
  .object({
    tenantId: z.string().min(1).max(200),
    digest: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest'),
  })
  .strict();

/**
 * POST /v1/change-plans/attestations: the provider vouches that the caller prepared the plan with
 * this digest. Nothing is stored; the answer is a signed statement the caller keeps in the plan.
 * Author and role are the token's own principal: a request cannot name someone else.
 */
export function registerChangePlanRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { state } = deps.store;

  app.post('/v1/change-plans/attestations', async (c) => {
    // Whoever may read the settings may prepare a plan (admin, helpdesk); auditors may not.
    const principal = requireScope(c, 'settings.read');
    const role = principal.role;
    // Unreachable while the auditor lacks settings.read; kept so a change of scopes fails closed.
    if (role === 'auditor') {
      throw new ApiError(403, 'insufficient_scope', 'The auditor role may not prepare plans.');
    }
    const body = parseOr400(attestationRequestSchema, await readJsonBody(c.req.raw), 'body');
    if (body.tenantId !== state.tenant.id) {
      throw new ApiError(
        422,
        'unprocessable',
        'The plan is for another tenant; this provider attests plans for its own tenant only.',
        { issues: [{ field: 'tenantId', reason: `must be this tenant (${state.tenant.id})` }] },
      );
    }
    const unsigned: Omit<PlanAttestation, 'signature'> = {
      digest: body.digest,
      tenantId: state.tenant.id,
      author: principal.subject,
      role,
      signedAt: deps.now().toISOString(),
      keyId: deps.signingKey.keyId,
    };
    const attestation: Schemas['PlanAttestation'] = {
      ...unsigned,
      signature: signText(deps.signingKey, attestationStatement(unsigned)),
    };
    return c.json(attestation);
  });
}
