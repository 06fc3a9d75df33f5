// Built as CommonJS: a sandboxed preload cannot be an ES module.
/// <reference lib="dom" />
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildBridge } from '../../shared/ipc/bridge';
import { filesDroppedChannel } from '../../shared/ipc/preload-channels';
import { forwardDroppedFiles } from './drop-forwarding';

// The page gets one typed function per contract channel (window.pcc.tenant.get()) and one
// subscription per contract event (window.pcc.menu.onCommand(listener)), never ipcRenderer,
// a generic invoke or a generic on(channel); main validates every call again and the page
// validates every event payload. The IpcRendererEvent (which holds `sender`) stays here.
contextBridge.exposeInMainWorld(
  'pcc',
  buildBridge(
    (channel, request) => ipcRenderer.invoke(channel, request),
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => {
        listener(payload);
      };
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
  ),
);

// A dropped file's path is known here only; main checks the paths, gives the page ids for
// them (the files:dropped event) and the page opens each by id.
forwardDroppedFiles(window, (files) => {
  const paths = files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
  if (paths.length > 0) ipcRenderer.send(filesDroppedChannel, paths);
});
