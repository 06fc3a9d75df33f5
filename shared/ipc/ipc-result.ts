import { z } from 'zod';

/** Stable codes the renderer can switch on; messages are for people. */
export const ipcErrorCodeSchema = z.enum([
  'bad_request',
  'forbidden_sender',
  'unknown_channel',
  'provider_unreachable',
  'provider_error',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  /** A file the user chose could not be read or written. */
  'file_error',
  'internal',
]);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  message: z.string(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** Every channel answers with data, never a thrown exception, so errors survive the bridge intact. */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}
