import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { DiagnosticsExport } from '../../../../shared/ipc/schemas/diagnostics';
import { createDiagnosticsStore } from '../../../../renderer/src/features/diagnostics/diagnostics-store';
import { deferred, fakeBridge } from '../../fake-bridge';

describe('diagnostics store', () => {
  it('exports once at a time and keeps what happened', async () => {
    const answer = deferred<IpcResult<DiagnosticsExport>>();
    let calls = 0;
    const store = createDiagnosticsStore(
      fakeBridge({
        diagnostics: {
          export: () => {
            calls += 1;
            return answer.promise;
          },
        },
      }),
    );
    const first = store.getState().exportDiagnostics();
    expect(store.getState().export).toEqual({ status: 'exporting' });
    await store.getState().exportDiagnostics();
    answer.resolve({
      ok: true,
      value: { status: 'saved', fileName: 'd.zip', logFiles: 2, crashDumps: 0 },
    });
    await first;
    expect(calls).toBe(1);
    expect(store.getState().export).toEqual({
      status: 'done',
      result: { status: 'saved', fileName: 'd.zip', logFiles: 2, crashDumps: 0 },
    });
  });

  it('records a failure', async () => {
    const error = { code: 'internal', message: 'disk full' } as const;
    const store = createDiagnosticsStore(
      fakeBridge({ diagnostics: { export: () => Promise.resolve({ ok: false, error }) } }),
    );
    await store.getState().exportDiagnostics();
    expect(store.getState().export).toEqual({ status: 'failed', error });
  });
});
