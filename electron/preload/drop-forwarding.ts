/// <reference lib="dom" />
// The preload runs in the page's renderer process: the DOM is there, though main has none.

type DragLike = Event & { readonly dataTransfer?: DataTransfer | null };

function filesOf(event: DragLike): DataTransfer | null {
  const transfer = event.dataTransfer ?? null;
  return transfer !== null && Array.from(transfer.types).includes('Files') ? transfer : null;
}

/**
 * Files dropped anywhere on the window are the app's to open (a log, a change plan), never a
 * navigation to them. Runs in the preload's world (and in the test harness's bridge); the
 * DOM is shared, so preventing the default here stops Chromium opening the file.
 */
export function forwardDroppedFiles(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  onFiles: (files: File[]) => void,
): () => void {
  const over = (event: DragLike) => {
    const transfer = filesOf(event);
    if (transfer === null) return;
    event.preventDefault();
    transfer.dropEffect = 'copy';
  };
  const drop = (event: DragLike) => {
    const transfer = filesOf(event);
    if (transfer === null) return;
    event.preventDefault();
    const files = Array.from(transfer.files);
    if (files.length > 0) onFiles(files);
  };
  target.addEventListener('dragover', over);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('drop', drop);
  };
}
