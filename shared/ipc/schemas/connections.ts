import { z } from 'zod';

// What the renderer learns about provider connections and sign-ins. No schema here has a
// field for a token: they stay in main (see electron/services/connections/token-vault.ts).

export const connectionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export type ConnectionId = z.infer<typeof connectionIdSchema>;

/** The provider's roles, as `GET /v1/me` reports them. */
export const providerRoleSchema = z.enum(['admin', 'helpdesk', 'auditor']);
export type ProviderRole = z.infer<typeof providerRoleSchema>;

export const connectionLabelSchema = z.string().trim().min(1).max(80);

export const tenantRefSchema = z.object({ id: z.string(), displayName: z.string() }).strict();
export type TenantRef = z.infer<typeof tenantRefSchema>;

export const connectionAuthSchema = z.discriminatedUnion('state', [
  /** The embedded demo provider: the app holds its token and needs no sign-in. */
  z.object({ state: z.literal('built-in') }),
  z.object({ state: z.literal('signed-out') }),
  z.object({
    state: z.literal('signed-in'),
    via: z.enum(['device', 'token']),
    /** `session`: kept in memory until the app quits (no keychain, or not accepted). */
    storage: z.enum(['vault', 'session']),
    /** When the access token expires; null when the provider did not say. */
    expiresAt: z.string().nullable(),
  }),
  /** The provider refused the token (expired, revoked, or it restarted): sign in again. */
  z.object({ state: z.literal('rejected'), reason: z.string() }),
]);
export type ConnectionAuth = z.infer<typeof connectionAuthSchema>;

export const connectionNetworkSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('unknown') }),
  z.object({ state: z.literal('online'), checkedAt: z.string() }),
  z.object({ state: z.literal('offline'), since: z.string(), reason: z.string() }),
]);
export type ConnectionNetwork = z.infer<typeof connectionNetworkSchema>;

export const connectionViewSchema = z.object({
  id: connectionIdSchema,
  kind: z.enum(['embedded', 'remote']),
  /** The name the user gave; null shows the default (the tenant's or the demo's name). */
  label: z.string().nullable(),
  url: z.string(),
  tenant: tenantRefSchema.nullable(),
  role: providerRoleSchema.nullable(),
  subject: z.string().nullable(),
  auth: connectionAuthSchema,
  network: connectionNetworkSchema,
});
export type ConnectionView = z.infer<typeof connectionViewSchema>;

/** How this computer protects tokens at rest (Electron safeStorage's backend). */
export const secretStorageSchema = z.discriminatedUnion('kind', [
  /** The OS keychain (macOS Keychain, Windows DPAPI, libsecret, KWallet). */
  z.object({ kind: z.literal('os'), backend: z.string() }),
  /** Linux without a keyring (`basic_text`): tokens stay for the session unless accepted. */
  z.object({ kind: z.literal('weak'), backend: z.string() }),
  /** No encryption at all: tokens are never written to disk. */
  z.object({ kind: z.literal('none') }),
]);
export type SecretStorage = z.infer<typeof secretStorageSchema>;

export const connectionListSchema = z.object({
  activeId: connectionIdSchema,
  connections: z.array(connectionViewSchema),
  secretStorage: secretStorageSchema,
});
export type ConnectionList = z.infer<typeof connectionListSchema>;

export const addConnectionRequestSchema = z
  .object({ url: z.string().trim().min(1).max(2048), label: connectionLabelSchema.optional() })
  .strict();

export const addConnectionResponseSchema = z.object({
  list: connectionListSchema,
  addedId: connectionIdSchema,
});

export const connectionRefSchema = z.object({ id: connectionIdSchema }).strict();

export const renameConnectionRequestSchema = z
  .object({ id: connectionIdSchema, label: connectionLabelSchema.nullable() })
  .strict();

/** A pasted access token, for automation. Printable ASCII only, as bearer tokens are. */
export const pastedTokenSchema = z
  .string()
  .trim()
  .min(8)
  .max(4096)
  .regex(/^[\x21-\x7e]+$/, 'A token is one word of printable characters.');

export const tokenSignInRequestSchema = z
  .object({ id: connectionIdSchema, token: pastedTokenSchema })
  .strict();

export const signInJobSchema = z.object({ jobId: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/) });
export type SignInJob = z.infer<typeof signInJobSchema>;

export const signInStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('starting'), connectionId: connectionIdSchema }),
  z.object({
    status: z.literal('waiting'),
    connectionId: connectionIdSchema,
    userCode: z.string(),
    verificationUri: z.string(),
    verificationUriComplete: z.string().nullable(),
    expiresAt: z.string(),
    intervalSeconds: z.number().int().positive(),
  }),
  z.object({
    status: z.literal('signed-in'),
    connectionId: connectionIdSchema,
    storage: z.enum(['vault', 'session']),
  }),
  z.object({ status: z.literal('denied'), connectionId: connectionIdSchema }),
  z.object({ status: z.literal('expired'), connectionId: connectionIdSchema }),
  z.object({ status: z.literal('cancelled'), connectionId: connectionIdSchema }),
  z.object({ status: z.literal('failed'), connectionId: connectionIdSchema, reason: z.string() }),
]);
export type SignInStatus = z.infer<typeof signInStatusSchema>;
