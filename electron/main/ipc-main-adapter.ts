import { BrowserWindow, ipcMain } from 'electron';
import type { IpcRegistry } from '../services/ipc-registry';
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
