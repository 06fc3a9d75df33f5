// Bundled (IIFE) by the harness host and loaded before the app script. It gives the page the
// same `window.pcc` the preload gives: the same contract-built object, frozen like
// contextBridge's copy; only the transport differs (fetch to the host instead of ipcRenderer).
import { buildBridge, type Invoke } from '../../shared/ipc/bridge';

// Must match the route in harness-app.ts.
const ipcPathPrefix = '/__ipc/';

const invoke: Invoke = async (channel, request) => {
  const response = await fetch(`${ipcPathPrefix}${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ payload: request }),
  });
  return (await response.json()) as unknown;
};

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}

Object.defineProperty(window, 'pcc', {
  value: deepFreeze(buildBridge(invoke)),
  writable: false,
  configurable: false,
  enumerable: true,
});
