import type { PccBridge } from '../../../shared/ipc/bridge';
import type { i18n as I18n } from 'i18next';
import { installLinkGuard } from './link-guard';
import {
  openLogWithDialog,
  openOfferedFile,
  openPlanWithDialog,
  type FileOpenTargets,
} from './open-files';
import { routeMenuCommands } from './menu-commands';
import { findRouteHref, routeFromHash, routeKey } from './routes';
import type { AppStores } from './stores';

/**
 * Connects the window to the desktop shell's commands: the application menu (via
 * window.pcc.menu.onCommand) and links that would leave the app. Returns the disconnection.
 */
export function startShellCommands(
  bridge: PccBridge,
  stores: AppStores,
  win: Window,
  i18n: Pick<I18n, 't' | 'language'>,
): () => void {
  const navigate = (hash: string) => {
    win.location.hash = hash;
  };
  const files: FileOpenTargets = {
    stores,
    navigate,
    t: i18n.t.bind(i18n),
    language: () => i18n.language,
  };
  const stopMenu = routeMenuCommands(bridge, {
    navigate,
    openLogFile: () => void openLogWithDialog(files),
    openChangePlan: () => void openPlanWithDialog(files),
    exportCurrent: () => {
      stores.commands.getState().runExport(routeKey(routeFromHash(win.location.hash)));
    },
    exportDiagnostics: () => {
      navigate(findRouteHref('preferences') ?? '#/overview');
      void stores.diagnostics.getState().exportDiagnostics();
    },
  });
  // Several files dropped at once open one after the other, each where it belongs.
  const stopDrops = bridge.files.onDropped(({ files: dropped }) => {
    void dropped.reduce(
      (previous, file) => previous.then(() => openOfferedFile(file, files)),
      Promise.resolve(),
    );
  });
  const stopLinks = installLinkGuard(win.document, (url) => {
    void bridge.links.openExternal({ url });
  });
  return () => {
    stopMenu();
    stopDrops();
    stopLinks();
  };
}
