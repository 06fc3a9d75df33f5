/**
 * Choosing a file is the user's act, never the renderer's: a channel that reads or writes a
 * file asks this capability for the path, so the renderer never names one. Electron answers
 * with native dialogs (electron/main/electron-file-dialogs.ts); the test harness with paths
 * the test queued (test/harness/scripted-dialogs.ts).
 */
export interface FileFilter {
  readonly name: string;
  /** Without the dot: `['json']`. */
  readonly extensions: readonly string[];
}

export interface OpenFileRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface SaveFileRequest {
  readonly title: string;
  /** The file name the dialog proposes, e.g. `change-plan-2026-12-01.json`. */
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
}

export interface FileDialogs {
  /** The chosen file's absolute path, or null when the user cancelled. */
  chooseFileToOpen(request: OpenFileRequest): Promise<string | null>;
  chooseFileToSave(request: SaveFileRequest): Promise<string | null>;
}
