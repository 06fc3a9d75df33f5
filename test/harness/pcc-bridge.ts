// Bundled (IIFE) by the harness host and loaded before the app script. It gives the page the
// same `window.pcc` the preload gives: the same contract-built object, frozen like
// contextBridge's copy; only the transport differs (fetch to the host instead of
// ipcRenderer.invoke, Server-Sent Events instead of ipcRenderer.on).
import { forwardDroppedFiles } from '../../electron/preload/drop-forwarding';
import { buildBridge, type Invoke, type Subscribe } from '../../shared/ipc/bridge';

// Must match the routes in harness-app.ts.
const ipcPathPrefix = '/__ipc/';
const eventsPath = '/__events';
const droppedFilesPath = '/__dropped-files';

const invoke: Invoke = async (channel, request) => {
  const response = await fetch(`${ipcPathPrefix}${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ payload: request }),
  });
  return (await response.json()) as unknown;
};

// One stream for the page, opened on the first subscription, like the one IPC pipe a
// preload has.
let source: EventSource | null = null;

function openEvents(): EventSource {
  const opened = new EventSource(eventsPath);
  // The harness is stopping (harness-events.ts): do not reconnect to a server that is gone.
  opened.addEventListener('harness:close', () => {
    opened.close();
  });
  return opened;
}

const subscribe: Subscribe = (event, listener) => {
  source ??= openEvents();
  const forward = (message: MessageEvent<string>) => {
    let payload: unknown;
    try {
      payload = JSON.parse(message.data);
    } catch {
      payload = undefined;
    }
    listener(payload);
  };
  const stream = source;
  stream.addEventListener(event, forward);
  return () => {
    stream.removeEventListener(event, forward);
  };
};

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}

Object.defineProperty(window, 'pcc', {
  value: deepFreeze(buildBridge(invoke, subscribe)),
  writable: false,
  configurable: false,
  enumerable: true,
});

// The preload sends dropped files' paths to main; a page has no paths, so the files go up.
forwardDroppedFiles(window, (files) => {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  void fetch(droppedFilesPath, { method: 'POST', body: form });
});
