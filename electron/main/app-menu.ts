import { Menu, shell } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import type { MenuCommand } from '../../shared/ipc/schemas/menu';
import { homepageUrl } from '../../shared/app-links';
import { menuLabels } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

export interface AppMenuOptions {
  readonly packaged: boolean;
  readonly logDir: string;
  readonly onCommand: (command: MenuCommand) => void;
  readonly openExternal: (url: string) => Promise<void>;
}

/** Sets (or, after a language change, resets) the application menu. */
export function installAppMenu(options: AppMenuOptions, language: Language): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    packaged: options.packaged,
    labels: menuLabels[language],
    onCommand: options.onCommand,
    onOpenLogsFolder: () => {
      void shell.openPath(options.logDir);
    },
    onLearnMore: () => {
      void options.openExternal(homepageUrl).catch(() => undefined);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
