import { randomBytes } from 'node:crypto';

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'insufficient_scope'
  | 'not_found'
  | 'idempotency_key_reused'
  | 'request_not_pending'
  | 'precondition_failed'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

export type FieldIssue = { field: string; reason: string };

/** Thrown anywhere in a handler; the app's error handler turns it into the one error shape. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 422 | 429 | 500 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (issues: readonly FieldIssue[]): ApiError =>
  new ApiError(
    400,
    'bad_request',
    issues.map((i) => `${i.field}: ${i.reason}`).join('; ') || 'Bad request',
    { issues },
  );

export const notFound = (what: string): ApiError =>
  new ApiError(404, 'not_found', `${what} not found`);

export function errorBody(
  requestId: string,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): {
  error: { code: string; message: string; requestId: string; details?: Record<string, unknown> };
} {
  return { error: { code, message, requestId, ...(details === undefined ? {} : { details }) } };
}

export const newRequestId = (): string => `req_${randomBytes(9).toString('base64url')}`;
