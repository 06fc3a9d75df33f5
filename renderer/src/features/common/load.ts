import type { IpcError } from '../../../../shared/ipc/ipc-result';

/** What a view shows while it reads: `previous` keeps the last answer visible while refreshing. */
export type Load<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: T | null }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: IpcError; readonly previous: T | null };

export function lastValue<T>(load: Load<T>): T | null {
  switch (load.status) {
    case 'idle':
      return null;
    case 'loading':
    case 'failed':
      return load.previous;
    case 'ready':
      return load.value;
  }
}

/** The load after an answer: the value, or the error with the last value kept. */
export function settle<T>(
  previous: Load<T>,
  result: { ok: true; value: T } | { ok: false; error: IpcError },
): Load<T> {
  return result.ok
    ? { status: 'ready', value: result.value }
    : { status: 'failed', error: result.error, previous: lastValue(previous) };
}

export function startLoading<T>(previous: Load<T>): Load<T> {
  return { status: 'loading', previous: lastValue(previous) };
}
