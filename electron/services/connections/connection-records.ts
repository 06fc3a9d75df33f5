import { z } from 'zod';
import {
  connectionIdSchema,
  connectionLabelSchema,
  providerRoleSchema,
  tenantRefSchema,
} from '../../../shared/ipc/schemas/connections';

// The part of a connection the settings store keeps: where it points and what the provider
// last said about it. No token, ever (the schemas are strict: an extra field is refused).

export const embeddedConnectionId = 'embedded';

const identity = {
  label: connectionLabelSchema.nullable(),
  tenant: tenantRefSchema.nullable(),
  role: providerRoleSchema.nullable(),
  subject: z.string().max(320).nullable(),
};

export const storedConnectionSchema = z.discriminatedUnion('kind', [
  z
    .object({ id: z.literal(embeddedConnectionId), kind: z.literal('embedded'), ...identity })
    .strict(),
  z
    .object({
      id: connectionIdSchema,
      kind: z.literal('remote'),
      url: z.url({ protocol: /^https?$/ }).max(2048),
      ...identity,
    })
    .strict(),
]);
export type StoredConnection = z.infer<typeof storedConnectionSchema>;
export type RemoteConnection = Extract<StoredConnection, { kind: 'remote' }>;

export const storedConnectionsSchema = z
  .array(storedConnectionSchema)
  .max(50)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
    message: 'connection ids must be unique',
  });

export const embeddedConnection: StoredConnection = {
  id: embeddedConnectionId,
  kind: 'embedded',
  label: null,
  tenant: null,
  role: null,
  subject: null,
};

export interface ConnectionsState {
  readonly connections: readonly StoredConnection[];
  readonly activeConnectionId: string;
}

/** The embedded connection is always there and first; the active id always names one. */
export function normalizeConnections(state: ConnectionsState): ConnectionsState {
  const embedded = state.connections.find((c) => c.kind === 'embedded') ?? embeddedConnection;
  const remotes = state.connections.filter((c) => c.kind === 'remote');
  const connections = [embedded, ...remotes];
  const active = connections.some((c) => c.id === state.activeConnectionId)
    ? state.activeConnectionId
    : embeddedConnectionId;
  return { connections, activeConnectionId: active };
}
