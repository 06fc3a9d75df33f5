// Built as CommonJS: a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../shared/ipc/bridge';

// The page gets one typed function per contract channel (window.pcc.tenant.get()), never
// ipcRenderer or a generic invoke; main validates every call again.
contextBridge.exposeInMainWorld(
  'pcc',
  buildBridge((channel, request) => ipcRenderer.invoke(channel, request)),
);
