import type {
  FileDialogs,
  OpenFileRequest,
  SaveFileRequest,
} from '../../electron/services/file-dialogs';

/**
 * The harness's file dialogs: each request takes the next path the test queued, or null
 * (the user cancelled) when none is queued. Requests are kept so a test can check the
 * title and filters the app asked for.
 */
export interface ScriptedDialogs extends FileDialogs {
  queueOpen(path: string | null): void;
  queueSave(path: string | null): void;
  readonly openRequests: readonly OpenFileRequest[];
  readonly saveRequests: readonly SaveFileRequest[];
}

export function createScriptedDialogs(): ScriptedDialogs {
  const opens: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const openRequests: OpenFileRequest[] = [];
  const saveRequests: SaveFileRequest[] = [];
  return {
    queueOpen: (path) => opens.push(path),
    queueSave: (path) => saves.push(path),
    openRequests,
    saveRequests,
    chooseFileToOpen: (request) => {
      openRequests.push(request);
      return Promise.resolve(opens.shift() ?? null);
    },
    chooseFileToSave: (request) => {
      saveRequests.push(request);
      return Promise.resolve(saves.shift() ?? null);
    },
  };
}
