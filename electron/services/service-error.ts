import type { IpcErrorCode } from '../../shared/ipc/ipc-result';

/**
 * The one error a channel handler may throw on purpose. The registry turns it into
 * `{ ok: false, error: { code, message } }`, so the message must be written for a person, in
 * their language (take it from userText(), user-text/user-text.ts), and must never carry a
 * token, a path the renderer did not choose or a stack.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError;
}
