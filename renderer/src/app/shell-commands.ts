import type { PccBridge } from '../../../shared/ipc/bridge';
import { installLinkGuard } from './link-guard';
import { routeMenuCommands } from './menu-commands';
import { findRouteHref, routeFromHash, routeKey } from './routes';
import type { AppStores } from './stores';

/**
 * Connects the window to the desktop shell's commands: the application menu (via
 * window.pcc.menu.onCommand) and links that would leave the app. Returns the disconnection.
 */
export function startShellCommands(bridge: PccBridge, stores: AppStores, win: Window): () => void {
  const navigate = (hash: string) => {
    win.location.hash = hash;
  };
  const stopMenu = routeMenuCommands(bridge, {
    navigate,
    exportCurrent: () => {
      stores.commands.getState().runExport(routeKey(routeFromHash(win.location.hash)));
    },
    exportDiagnostics: () => {
      navigate(findRouteHref('preferences') ?? '#/overview');
      void stores.diagnostics.getState().exportDiagnostics();
    },
  });
  const stopLinks = installLinkGuard(win.document, (url) => {
    void bridge.links.openExternal({ url });
  });
  return () => {
    stopMenu();
    stopLinks();
  };
}
