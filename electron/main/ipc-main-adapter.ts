import { BrowserWindow, ipcMain, type IpcMainEvent } from 'electron';
import { filesDroppedChannel } from '../../shared/ipc/preload-channels';
import { offerDroppedFiles } from '../services/files/dropped-files';
import type { FileGrants } from '../services/files/file-grants';
import { senderProblem, type IpcRegistry } from '../services/ipc-registry';
import { sendRendererEvent } from './renderer-events';
import { senderInfoFromFrame } from './sender-info';

/**
 * The only user of ipcMain: one `handle` per contract channel, each passing straight to the
 * registry, which does every check. Returns a function removing the handlers.
 */
export function registerIpcHandlers(registry: IpcRegistry): () => void {
  for (const channel of registry.channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      // A webContents that is not one of the app's windows (a devtools page, say) is foreign.
      const known = BrowserWindow.fromWebContents(event.sender) !== null;
      const sender = senderInfoFromFrame(event.senderFrame);
      return registry.handle(channel, payload, known ? sender : { ...sender, origin: null });
    });
  }
  return () => {
    for (const channel of registry.channels) ipcMain.removeHandler(channel);
  };
}

/**
 * The preload's one private message: the paths of files dropped on the window. Accepted from
 * the app's own top frame only; the window is answered with the files it may open by id.
 */
export function receiveFileDrops(grants: FileGrants, appOrigin: string): () => void {
  const allowed = new Set([appOrigin]);
  const listener = (event: IpcMainEvent, paths: unknown) => {
    if (BrowserWindow.fromWebContents(event.sender) === null) return;
    if (senderProblem(senderInfoFromFrame(event.senderFrame), allowed) !== null) return;
    void offerDroppedFiles(paths, grants).then((files) => {
      if (files !== null) sendRendererEvent(event.sender, 'files:dropped', { files });
    });
  };
  ipcMain.on(filesDroppedChannel, listener);
  return () => {
    ipcMain.removeListener(filesDroppedChannel, listener);
  };
}
