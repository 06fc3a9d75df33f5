import type { LogReviewStore } from './log-review-store';

export interface OpenLogRequest {
  readonly dialogTitle: string;
  /** The case to start when none is open: a file always lands in a case. */
  readonly newCaseName: string;
  /** A file main offered (dropped, recent); without it the user chooses one. */
  readonly fileId?: string;
}

/**
 * Opening a log from outside the screen (the menu, a drop, the recent list): into the open
 * case, or a new one when none is open. Main may already hold an open case the store has
 * not heard of yet, so the cases are read first.
 */
export async function openLogInCase(store: LogReviewStore, request: OpenLogRequest): Promise<void> {
  const state = () => store.getState();
  if (state().cases.status === 'idle') await state().loadCases();
  if (state().job?.state === 'running') return;
  if (state().current.status !== 'open') await state().createCase(request.newCaseName);
  if (state().current.status !== 'open') return;
  await state().startImport(request.dialogTitle, request.fileId);
}
