import { BrowserWindow, dialog } from 'electron';
import type { FileDialogs, FileFilter } from '../services/file-dialogs';

function filters(list: readonly FileFilter[]): Electron.FileFilter[] {
  return list.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

/** Native open and save dialogs, attached to the focused window so they are modal to it. */
export function createElectronFileDialogs(): FileDialogs {
  return {
    chooseFileToOpen: async (request) => {
      const options: Electron.OpenDialogOptions = {
        title: request.title,
        filters: filters(request.filters),
        properties: ['openFile'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFileToSave: async (request) => {
      const options: Electron.SaveDialogOptions = {
        title: request.title,
        defaultPath: request.defaultName,
        filters: filters(request.filters),
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
  };
}
