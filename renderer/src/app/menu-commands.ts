import type { PccBridge, Unsubscribe } from '../../../shared/ipc/bridge';
import type { MenuCommand } from '../../../shared/ipc/schemas/menu';
import { findRouteHref } from './routes';

export type CommandAction =
  | { readonly kind: 'navigate'; readonly hash: string }
  | { readonly kind: 'open-log-file' }
  | { readonly kind: 'open-change-plan' }
  | { readonly kind: 'export' }
  | { readonly kind: 'export-diagnostics' };

/**
 * What a menu command does in the window. Opening a log file or a change plan asks for the
 * file on the screen that handles it (Log review, Settings); Switch connection opens the Connections
 * section where the app has one, else Preferences, which shows the connection in use. Access
 * requests is also where a click on an access-request notification leads.
 */
export function actionForCommand(
  command: MenuCommand,
  findHref: (id: string) => string | null = findRouteHref,
): CommandAction {
  const to = (id: string, fallback = '#/overview'): CommandAction => ({
    kind: 'navigate',
    hash: findHref(id) ?? fallback,
  });
  switch (command) {
    case 'open-log-file':
      return { kind: 'open-log-file' };
    case 'open-change-plan':
      return { kind: 'open-change-plan' };
    case 'switch-connection':
      return to('connections', findHref('preferences') ?? '#/overview');
    case 'preferences':
      return to('preferences');
    case 'open-access-requests':
      return to('access-requests');
    case 'export':
      return { kind: 'export' };
    case 'export-diagnostics':
      return { kind: 'export-diagnostics' };
  }
}

export interface CommandTargets {
  readonly navigate: (hash: string) => void;
  /** Shows Log review and asks for a log to import (into a new case when none is open). */
  readonly openLogFile: () => void;
  /** Shows Settings and asks for a change plan to review. */
  readonly openChangePlan: () => void;
  /** The screen shown exports what it shows (or says it has nothing to export). */
  readonly exportCurrent: () => void;
  readonly exportDiagnostics: () => void;
}

/** Carries out every menu command main sends until the returned function is called. */
export function routeMenuCommands(
  bridge: Pick<PccBridge, 'menu'>,
  targets: CommandTargets,
): Unsubscribe {
  return bridge.menu.onCommand(({ command }) => {
    const action = actionForCommand(command);
    switch (action.kind) {
      case 'navigate':
        targets.navigate(action.hash);
        return;
      case 'open-log-file':
        targets.openLogFile();
        return;
      case 'open-change-plan':
        targets.openChangePlan();
        return;
      case 'export':
        targets.exportCurrent();
        return;
      case 'export-diagnostics':
        targets.exportDiagnostics();
        return;
    }
  });
}
