import type { TFunction } from 'i18next';
import type {
  ConnectionView,
  ProviderRole,
  SecretStorage,
} from '../../../../shared/ipc/schemas/connections';
import { formatDateTime } from '../../i18n/format';
import { activeConnection, type ConnectionsLoad } from './connections-store';

/** The user's name for it, else the demo's name, the tenant's, or the host. */
export function connectionName(view: ConnectionView, t: TFunction<'connections'>): string {
  if (view.label !== null) return view.label;
  if (view.kind === 'embedded') return t('embeddedName');
  if (view.tenant !== null) return view.tenant.displayName;
  try {
    return new URL(view.url).host;
  } catch {
    return view.url;
  }
}

export function roleText(role: ProviderRole | null, t: TFunction<'connections'>): string {
  return role === null ? t('roles.unknown') : t(`roles.${role}`);
}

export function authText(
  view: ConnectionView,
  t: TFunction<'connections'>,
  locale: string,
  /** What protects stored tokens here: a weakly stored one must not read "keychain". */
  storage: SecretStorage['kind'] = 'os',
): string {
  const auth = view.auth;
  switch (auth.state) {
    case 'built-in':
      return t('auth.builtIn');
    case 'signed-out':
      return t('auth.signedOut');
    case 'rejected':
      return t('auth.rejected', { reason: auth.reason });
    case 'signed-in': {
      const parts: string[] = [
        t(auth.via === 'device' ? 'auth.signedInDevice' : 'auth.signedInToken'),
        auth.storage === 'session'
          ? t('auth.storedSession')
          : t(storage === 'os' ? 'auth.storedVault' : 'auth.storedWeak'),
      ];
      if (auth.expiresAt !== null) {
        parts.push(t('auth.expires', { time: formatDateTime(auth.expiresAt, locale) }));
      }
      return parts.join(', ');
    }
  }
}

export function networkText(
  view: ConnectionView,
  t: TFunction<'connections'>,
  locale: string,
): string {
  const network = view.network;
  switch (network.state) {
    case 'unknown':
      return t('network.unknown');
    case 'online':
      return t('network.online');
    case 'offline':
      return t('network.offline', {
        time: formatDateTime(network.since, locale),
        reason: network.reason,
      });
  }
}

/** How the header names the active connection while the list loads, or why it cannot. */
export function activeConnectionLabel(load: ConnectionsLoad, t: TFunction<'connections'>): string {
  const active = activeConnection(load);
  if (active !== null) return connectionName(active, t);
  return load.status === 'failed'
    ? t('header.unknown', { reason: load.error.message })
    : t('header.reading');
}
