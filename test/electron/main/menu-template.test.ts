import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuLabels } from '../../../electron/main/menu-labels';
import { appCommandShortcuts, buildMenuTemplate } from '../../../electron/main/menu-template';
import { menuCommandSchema, type MenuCommand } from '../../../shared/ipc/schemas/menu';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, packaged: boolean) {
  const commands: MenuCommand[] = [];
  const other: string[] = [];
  const template = buildMenuTemplate({
    platform,
    packaged,
    labels: menuLabels.en,
    onCommand: (command) => commands.push(command),
    onOpenLogsFolder: () => other.push('logs'),
    onLearnMore: () => other.push('website'),
  });
  return { template, commands, other };
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const click = (item: Item | undefined) => {
  (item?.click as (() => void) | undefined)?.();
};

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has the usual menus on %s', (platform) => {
    const roles = build(platform, true).template.map((item) => item.role);
    expect(roles).toEqual([
      ...(platform === 'darwin' ? ['appMenu'] : []),
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    const all = flatten(build(platform, true).template).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'minimize', 'quit']) {
      expect(all).toContain(role);
    }
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'lists every app command once on %s, each sending its command when chosen',
    (platform) => {
      const { template, commands } = build(platform, true);
      const items = flatten(template).filter((item) =>
        menuCommandSchema.options.includes(item.id as MenuCommand),
      );
      expect(items.map((item) => item.id).sort()).toEqual([...menuCommandSchema.options].sort());
      for (const item of items) click(item);
      expect(commands.sort()).toEqual([...menuCommandSchema.options].sort());
    },
  );

  it('gives the app commands CmdOrCtrl shortcuts that collide with no role', () => {
    const { template } = build('linux', false);
    const accelerators = flatten(template)
      .map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const command of [
      'open-log-file',
      'open-change-plan',
      'export',
      'switch-connection',
      'preferences',
    ] as const) {
      expect(appCommandShortcuts[command]).toMatch(/^CmdOrCtrl\+/);
    }
    const byId = new Map(flatten(template).map((item) => [item.id, item]));
    expect(byId.get('open-log-file')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byId.get('preferences')?.accelerator).toBe('CmdOrCtrl+,');
  });

  it('leaves out reload and the developer tools in packaged builds only', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const release = flatten(build(platform, true).template).map((item) => item.role);
      const development = flatten(build(platform, false).template).map((item) => item.role);
      for (const role of devRoles) {
        expect(release, `${platform} release`).not.toContain(role);
        expect(development, `${platform} development`).toContain(role);
      }
    }
  });

  it('opens the website and the log folder from Help', () => {
    const { template, other } = build('win32', true);
    const items = flatten(template);
    click(items.find((item) => item.id === 'learn-more'));
    click(items.find((item) => item.id === 'open-logs-folder'));
    expect(other).toEqual(['website', 'logs']);
  });

  it('labels every item in German too, with the same words for every key', () => {
    expect(Object.keys(menuLabels.de).sort()).toEqual(Object.keys(menuLabels.en).sort());
    const template = buildMenuTemplate({
      platform: 'linux',
      packaged: true,
      labels: menuLabels.de,
      onCommand: () => undefined,
      onOpenLogsFolder: () => undefined,
      onLearnMore: () => undefined,
    });
    const labels = flatten(template)
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label);
    expect(labels).toContain('Protokolldatei öffnen…');
    expect(labels.every((label) => typeof label === 'string' && label !== '')).toBe(true);
  });
});
