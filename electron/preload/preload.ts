// Built as CommonJS: a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from '../../shared/ipc/bridge';

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
