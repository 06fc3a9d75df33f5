import type { TFunction } from 'i18next';
import { lastOverview, type OverviewLoad } from './overview-store';

export interface ConnectionSummary {
  readonly tone: 'pending' | 'ok' | 'warning' | 'danger';
  readonly label: string;
  readonly reason: string | null;
}

/** The connection state the header and the overview show, from the overview's last answer. */
export function summarizeConnection(load: OverviewLoad, t: TFunction): ConnectionSummary {
  if (load.status === 'failed') {
    return { tone: 'danger', label: t('connection.error'), reason: load.error.message };
  }
  const overview = lastOverview(load);
  if (!overview) return { tone: 'pending', label: t('connection.checking'), reason: null };
  const connection = overview.connection;
  switch (connection.state) {
    case 'connected':
      return { tone: 'ok', label: t('connection.connected'), reason: null };
    case 'offline':
      return { tone: 'warning', label: t('connection.offline'), reason: connection.reason };
    case 'error':
      return { tone: 'danger', label: t('connection.error'), reason: connection.reason };
  }
}
