import type { ProviderRole, TenantRef } from '../../../shared/ipc/schemas/connections';
import { failureToServiceError } from '../overview-service';
import type { ProviderClient } from '../provider-client';
import { readProvider } from '../provider-failure';

export interface ConnectionIdentity {
  readonly role: ProviderRole;
  readonly subject: string;
  readonly tenant: TenantRef;
}

/**
 * Who a token belongs to, as the provider says (`GET /v1/me`), and which tenant it opens
 * (`GET /v1/tenant`; every role may read it). Never what the renderer claims. Throws a
 * ServiceError with the provider's reason when either fails.
 */
export async function readIdentity(client: ProviderClient): Promise<ConnectionIdentity> {
  const [me, tenant] = await Promise.all([
    readProvider(() => client.GET('/v1/me')),
    readProvider(() => client.GET('/v1/tenant')),
  ]);
  if (!me.ok) throw failureToServiceError(me.failure);
  if (!tenant.ok) throw failureToServiceError(tenant.failure);
  return {
    role: me.data.role,
    subject: me.data.subject,
    tenant: { id: tenant.data.id, displayName: tenant.data.displayName },
  };
}
