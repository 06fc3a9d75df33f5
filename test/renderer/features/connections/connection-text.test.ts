import { describe, expect, it } from 'vitest';
import {
  activeConnectionLabel,
  authText,
  connectionName,
  networkText,
  roleText,
} from '../../../../renderer/src/features/connections/connection-text';
import type { ConnectionView } from '../../../../shared/ipc/schemas/connections';
import { testI18n } from '../../i18n-fixture';

const t = testI18n.getFixedT('en', 'connections');
const tDe = testI18n.getFixedT('de', 'connections');

const view: ConnectionView = {
  id: 'remote-1',
  kind: 'remote',
  label: null,
  url: 'https://provider.example:8443/pcc',
  tenant: null,
  role: null,
  subject: null,
  auth: { state: 'signed-out' },
  network: { state: 'unknown' },
};

describe('connection texts', () => {
  it('names a connection by its label, the demo, the tenant or the host', () => {
    expect(connectionName(view, t)).toBe('provider.example:8443');
    expect(connectionName({ ...view, tenant: { id: 'x', displayName: 'Fabrikam' } }, t)).toBe(
      'Fabrikam',
    );
    expect(connectionName({ ...view, label: 'Production' }, t)).toBe('Production');
    expect(connectionName({ ...view, kind: 'embedded' }, t)).toBe('Embedded demo provider');
    expect(connectionName({ ...view, kind: 'embedded' }, tDe)).toBe('Eingebetteter Demo-Anbieter');
  });

  it('says the role and how the sign-in is kept', () => {
    expect(roleText('helpdesk', t)).toBe('Helpdesk');
    expect(roleText(null, t)).toBe('Not known yet');
    expect(
      authText(
        {
          ...view,
          auth: { state: 'signed-in', via: 'device', storage: 'session', expiresAt: null },
        },
        t,
        'en-US',
      ),
    ).toBe('Signed in with the browser, kept for this session only');
    expect(
      authText(
        {
          ...view,
          auth: {
            state: 'signed-in',
            via: 'token',
            storage: 'vault',
            expiresAt: '2025-06-01T10:00:00.000Z',
          },
        },
        t,
        'en-US',
      ),
    ).toMatch(
      /^Signed in with a pasted token, kept in the system keychain, token renewed before Jun 1, 2025/,
    );
    expect(authText({ ...view, auth: { state: 'rejected', reason: 'expired' } }, t, 'en-US')).toBe(
      'Sign in again: expired',
    );
  });

  it('says since when a connection is offline, and why', () => {
    const offline = {
      ...view,
      network: { state: 'offline', since: '2025-06-01T10:00:00.000Z', reason: 'DNS' },
    } as const;
    expect(networkText(offline, t, 'en-US')).toMatch(/^Offline since Jun 1, 2025.*: DNS$/);
  });

  it('labels the header while loading and when the list cannot be read', () => {
    expect(activeConnectionLabel({ status: 'loading', previous: null }, t)).toBe('Reading…');
    expect(
      activeConnectionLabel(
        { status: 'failed', previous: null, error: { code: 'internal', message: 'no shell' } },
        t,
      ),
    ).toBe('Unknown (no shell)');
  });
});
