// The worker thread behind file-scan.ts: one task per worker, so a gigabyte of byte-level
// work never runs on the main process's event loop; the parent terminates it to cancel.
import { parentPort, workerData } from 'node:worker_threads';
import type { ScanTask, WorkerMessage } from './file-scan-protocol';
import { runScanTask } from './file-scan-tasks';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

runScanTask(workerData as ScanTask, post).then(post, (error: unknown) => {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
