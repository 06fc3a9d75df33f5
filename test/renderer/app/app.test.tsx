// @vitest-environment jsdom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PccBridge } from '../../../shared/ipc/bridge';
import type { StoreNotice } from '../../../shared/ipc/schemas/app';
import type { Overview } from '../../../shared/ipc/schemas/tenant';
import { App } from '../../../renderer/src/app/app';
import { createAppStores, StoresContext } from '../../../renderer/src/app/stores';
import { fakeBridge, sampleConnectionList, sampleOverview } from '../fake-bridge';
import { sampleAlert } from '../features/access/access-sample';
import { testI18n } from '../i18n-fixture';

Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  window.location.hash = '';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => {
    root.unmount();
  });
  container.remove();
});

function bridgeWith(overview: Overview, storeNotice: StoreNotice | null = null): PccBridge {
  return fakeBridge({
    app: {
      getInfo: () =>
        Promise.resolve({
          ok: true,
          value: {
            version: '0.1.0',
            storeNotice,
            provider: { kind: 'embedded', url: 'http://127.0.0.1:4000' },
          },
        }),
    },
    overview: { get: () => Promise.resolve({ ok: true, value: overview }) },
    connections: { list: () => Promise.resolve({ ok: true, value: sampleConnectionList() }) },
    preferences: {
      get: () => Promise.resolve({ ok: true, value: { theme: 'dark', language: 'en' } }),
      setTheme: ({ theme }) => Promise.resolve({ ok: true, value: { theme, language: 'en' } }),
    },
    access: {
      listAlerts: () =>
        Promise.resolve({
          ok: true,
          value: {
            alerts: [sampleAlert()],
            scannedAt: '2025-06-01T10:00:00.000Z',
            checked: { prohibitedPurposeEvents: 1, operatorEvents: 0, accessRequests: 0 },
          },
        }),
    },
  });
}

async function renderApp(bridge: PccBridge) {
  const stores = createAppStores(bridge);
  await act(async () => {
    await Promise.all([
      stores.appInfo.getState().loadInfo(),
      stores.preferences.getState().loadPreferences(),
      stores.connections.getState().loadList(),
    ]);
    root.render(
      <I18nextProvider i18n={testI18n}>
        <StoresContext value={stores}>
          <App />
        </StoresContext>
      </I18nextProvider>,
    );
  });
  return stores;
}

function text(selector: string): string {
  return container.querySelector(selector)?.textContent ?? '';
}

describe('App', () => {
  it('shows the tenant, its facts and each headline count linking to its section', async () => {
    await renderApp(bridgeWith(sampleOverview()));
    expect(text('h1')).toBe('Contoso Europe');
    expect(text('.facts')).toContain('EU Data Boundary');
    expect(text('.facts')).toContain('On');
    expect(text('[data-testid="connection"]')).toBe('Connected');
    expect(text('[data-testid="provider"]')).toBe('Embedded demo provider');
    expect(text('[data-testid="tenant"]')).toBe('Contoso Europe');
    expect(text('[data-testid="role"]')).toBe('Administrator');
    const cards = [...container.querySelectorAll<HTMLAnchorElement>('.count-card')];
    expect(cards.map((card) => [card.dataset.count, card.getAttribute('href')])).toEqual([
      ['settings', '#/settings'],
      ['locationsOutsideCommitment', '#/data-residency'],
      ['pendingAccessRequests', '#/access-requests'],
      ['accessEventsLast30Days', '#/access-events'],
    ]);
    const expected = new Intl.NumberFormat().format(12345);
    expect(cards[3]?.textContent).toContain(expected);
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe(
      '2025-06-01T10:00:00.000Z',
    );
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('lists the access alerts on the overview, each with a way to its event', async () => {
    await renderApp(bridgeWith(sampleOverview()));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const alert = container.querySelector('.overview-alerts [data-alert]');
    expect(alert?.textContent).toContain('Prohibited purpose: Advertising');
    expect(alert?.textContent).toContain(
      'Promise broken: The provider promised never to use tenant data for advertising.',
    );
    expect(alert?.querySelector('button')?.textContent).toBe('Show event ev-9');
  });

  it('shows a forbidden count as its reason, never as a number', async () => {
    const overview = sampleOverview();
    await renderApp(
      bridgeWith({
        ...overview,
        counts: {
          ...overview.counts,
          settings: { status: 'forbidden', message: 'The auditor role cannot read settings.' },
        },
      }),
    );
    const card = container.querySelector('[data-count="settings"]');
    expect(card?.textContent).toContain('Not permitted: The auditor role cannot read settings.');
    expect(card?.querySelector('.count-value')).toBeNull();
  });

  it('shows the offline state with its reason and a Retry button', async () => {
    const unavailable = { status: 'unavailable', message: 'Provider offline' } as const;
    await renderApp(
      bridgeWith({
        connection: {
          state: 'offline',
          providerUrl: 'http://127.0.0.1:1',
          reason: 'Connection refused',
        },
        tenant: null,
        counts: {
          settings: unavailable,
          locationsOutsideCommitment: unavailable,
          pendingAccessRequests: unavailable,
          accessEventsLast30Days: unavailable,
        },
        fetchedAt: null,
      }),
    );
    expect(text('[role="alert"]')).toContain('Offline.');
    expect(text('[role="alert"]')).toContain('Connection refused');
    expect(text('[data-testid="connection"]')).toBe('Offline');
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Retry');
  });

  it('shows a failed read with its reason, and Retry loads the figures', async () => {
    const answers = [
      { ok: false, error: { code: 'internal', message: 'The shell did not answer.' } } as const,
      { ok: true, value: sampleOverview() } as const,
    ];
    const base = bridgeWith(sampleOverview());
    const bridge: PccBridge = {
      ...base,
      overview: {
        get: () => Promise.resolve(answers.shift() ?? { ok: true, value: sampleOverview() }),
      },
    };
    // Mounting the overview reads it once: that read fails.
    await renderApp(bridge);
    expect(text('[role="alert"]')).toContain('The shell did not answer.');
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Retry');
    expect(retry).toBeDefined();
    await act(async () => {
      retry?.click();
      await Promise.resolve();
    });
    expect(text('h1')).toBe('Contoso Europe');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the store notice until it is dismissed', async () => {
    await renderApp(
      bridgeWith(sampleOverview(), {
        reason: 'newer-version',
        detail: '7',
        movedTo: 'app-settings.corrupt-x.json',
      }),
    );
    expect(text('.notice')).toContain('a newer version of the app wrote them (settings version 7)');
    expect(text('.notice')).toContain('moved to app-settings.corrupt-x.json');
    const dismiss = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Dismiss',
    );
    act(() => {
      dismiss?.click();
    });
    expect(container.querySelector('.notice')).toBeNull();
  });
});
