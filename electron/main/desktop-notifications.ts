import { Notification } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import {
  createRequestNotifier,
  pollRequestNotices,
  type RequestNotice,
} from '../services/access/request-notifier';
import type { ConnectionManager } from '../services/connections/connection-manager';
import type { Poller } from '../services/poll-scheduler';
import { requestNotificationTexts } from './notification-labels';

export interface AccessRequestNotificationOptions {
  readonly connections: Pick<ConnectionManager, 'activeConnectionId' | 'getClient'>;
  /** Whether the window is out of sight or unfocused (window-presence.ts). */
  readonly isBackground: () => boolean;
  /** The app's language now (the user may change it between two notifications). */
  readonly language: () => Language;
  /** Brings the window forward, making one if there is none, on the Access requests section. */
  readonly openAccessRequests: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Desktop notifications for provider access requests: the decisions are
 * request-notifier.ts's, the words notification-labels.ts's; this only shows them.
 */
export function startAccessRequestNotifications(options: AccessRequestNotificationOptions): Poller {
  // No notification server (e.g. a Linux session without one): nothing to poll for.
  if (!Notification.isSupported()) return { stop: () => undefined };
  // Held until dismissed: a notification the garbage collector takes loses its click handler.
  const shown = new Set<Notification>();
  const show = (notices: readonly RequestNotice[]) => {
    for (const text of requestNotificationTexts(notices, options.language(), process.platform)) {
      const notification = new Notification({ title: text.title, body: text.body });
      notification.on('click', () => {
        shown.delete(notification);
        options.openAccessRequests();
      });
      notification.on('close', () => {
        shown.delete(notification);
      });
      shown.add(notification);
      notification.show();
    }
  };
  const poller = pollRequestNotices({
    notifier: createRequestNotifier({
      activeConnectionId: () => options.connections.activeConnectionId(),
      getClient: () => options.connections.getClient(),
      isBackground: options.isBackground,
      onUnexpectedError: options.onError,
    }),
    show,
    onError: options.onError,
  });
  return {
    stop() {
      poller.stop();
      shown.clear();
    },
  };
}
