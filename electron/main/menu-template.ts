import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/schemas/menu';
import type { MenuLabels } from './menu-labels';

export interface MenuTemplateInput {
  readonly platform: NodeJS.Platform;
  /** Packaged (release) builds leave out reload and the developer tools. */
  readonly packaged: boolean;
  readonly labels: MenuLabels;
  /** The app's own commands go to the renderer, which knows what they mean on its screen. */
  readonly onCommand: (command: MenuCommand) => void;
  readonly onOpenLogsFolder: () => void;
  readonly onLearnMore: () => void;
}

/** The app's commands with their shortcuts; `CmdOrCtrl` is Cmd on macOS and Ctrl elsewhere. */
export const appCommandShortcuts: Readonly<Record<MenuCommand, string | null>> = {
  'open-log-file': 'CmdOrCtrl+O',
  'open-change-plan': 'CmdOrCtrl+Shift+O',
  export: 'CmdOrCtrl+E',
  'switch-connection': 'CmdOrCtrl+K',
  preferences: 'CmdOrCtrl+,',
  'export-diagnostics': null,
  'open-access-requests': null,
};

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The application menu as plain data: the usual roles (app, edit, view, window, help) and
 * the app's own commands. Only types come from electron, so the template is tested under
 * Node; electron/main/app-menu.ts turns it into a Menu.
 */
export function buildMenuTemplate(input: MenuTemplateInput): Item[] {
  const { labels } = input;
  const mac = input.platform === 'darwin';
  const command = (id: MenuCommand, label: string): Item => {
    const accelerator = appCommandShortcuts[id];
    return {
      id,
      label,
      ...(accelerator === null ? {} : { accelerator }),
      click: () => {
        input.onCommand(id);
      },
    };
  };
  const preferences = command('preferences', labels.preferences);

  const appMenu: Item = {
    label: 'Privacy Control Center',
    role: 'appMenu',
    submenu: [
      { role: 'about', label: labels.about },
      separator,
      preferences,
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.unhide },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  };

  const fileMenu: Item = {
    label: labels.file,
    role: 'fileMenu',
    submenu: [
      command('open-log-file', labels.openLogFile),
      command('open-change-plan', labels.openChangePlan),
      separator,
      command('export', labels.export),
      separator,
      command('switch-connection', labels.switchConnection),
      ...(mac
        ? [separator, { role: 'close', label: labels.close } satisfies Item]
        : [separator, preferences, separator, { role: 'quit', label: labels.exit } satisfies Item]),
    ],
  };

  const editMenu: Item = {
    label: labels.edit,
    role: 'editMenu',
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      ...(mac ? [{ role: 'pasteAndMatchStyle', label: labels.pasteAndMatchStyle } as Item] : []),
      { role: 'delete', label: labels.delete },
      separator,
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const developer: Item[] = input.packaged
    ? []
    : [
        { role: 'reload', label: labels.reload },
        { role: 'forceReload', label: labels.forceReload },
        { role: 'toggleDevTools', label: labels.toggleDevTools },
        separator,
      ];
  const viewMenu: Item = {
    label: labels.view,
    role: 'viewMenu',
    submenu: [
      command('open-access-requests', labels.accessRequests),
      separator,
      ...developer,
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };

  const windowMenu: Item = {
    label: labels.window,
    role: 'windowMenu',
    submenu: mac
      ? [
          { role: 'minimize', label: labels.minimize },
          { role: 'zoom', label: labels.zoom },
          separator,
          { role: 'front', label: labels.front },
        ]
      : [
          { role: 'minimize', label: labels.minimize },
          { role: 'close', label: labels.close },
        ],
  };

  const helpMenu: Item = {
    label: labels.help,
    role: 'help',
    submenu: [
      { id: 'learn-more', label: labels.learnMore, click: input.onLearnMore },
      separator,
      { id: 'open-logs-folder', label: labels.openLogsFolder, click: input.onOpenLogsFolder },
      command('export-diagnostics', labels.exportDiagnostics),
      ...(mac ? [] : [separator, { role: 'about', label: labels.about } satisfies Item]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
