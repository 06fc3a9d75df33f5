import { describe, expect, it } from 'vitest';
import type {
  ResidencyFindingItem,
  ResidencySnapshot,
} from '../../../../shared/ipc/schemas/residency';
import { checkSnapshot } from '../../../../electron/services/residency/residency-service';
import {
  cityMarkers,
  flagLines,
} from '../../../../renderer/src/features/residency/residency-format';
import {
  allLocations,
  createResidencyStore,
  visibleFindings,
} from '../../../../renderer/src/features/residency/residency-store';
import { fakeBridge, inTurn } from '../../fake-bridge';
import { tResidency } from '../../i18n-fixture';

const city = (name: string, countryCode: string) => ({ name, countryCode, lat: 1, lon: 2 });

const snapshot: ResidencySnapshot = checkSnapshot(
  {
    tenant: { id: 't', displayName: 'Contoso', residencyCommitment: 'EU Data Boundary' },
    snapshotAt: '2025-06-01T10:00:00.000Z',
    locations: [
      {
        id: 'mail',
        service: 'mail',
        category: 'customer',
        geography: 'EUR',
        region: 'West Europe',
        datacenterCities: ['Dublin, IE'],
        cities: [city('Dublin', 'IE')],
        processing: 'at-rest',
        replicas: 3,
        inCommitment: true,
        outOfCommitmentReason: null,
      },
      {
        id: 'search',
        service: 'search',
        category: 'service-generated',
        geography: 'APC',
        region: 'Southeast Asia',
        datacenterCities: ['Singapore, SG', 'Dublin, IE'],
        cities: [city('Singapore', 'SG'), city('Dublin', 'IE')],
        processing: 'processing',
        replicas: 1,
        inCommitment: false,
        outOfCommitmentReason: 'Models are trained in Asia.',
      },
    ],
  },
  { kind: 'provider' },
);
const finding = (id: string): ResidencyFindingItem => {
  const found = snapshot.findings.find((f) => f.location.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('residency view helpers', () => {
  it('words every reason a location is flagged', () => {
    expect(flagLines(finding('search'), 'EU Data Boundary', tResidency)).toEqual([
      'Outside the EU Data Boundary.',
      'Geography APC is outside it.',
      'Datacenters in SG are outside it.',
      'Provider’s reason: Models are trained in Asia.',
    ]);
    expect(flagLines(finding('mail'), 'EU Data Boundary', tResidency)).toEqual([]);
  });

  it('puts one marker per city, flagged when any location there is, flagged ones last', () => {
    expect(cityMarkers(snapshot.findings).map((m) => [m.name, m.locations, m.flagged])).toEqual([
      ['Dublin', 2, 1],
      ['Singapore', 1, 1],
    ]);
    expect(cityMarkers([finding('mail')]).map((m) => m.flagged)).toEqual([0]);
  });

  it('narrows by service, category and flag', () => {
    const ids = (view: Parameters<typeof visibleFindings>[1]) =>
      visibleFindings(snapshot.findings, view).map((f) => f.location.id);
    expect(ids(allLocations)).toEqual(['mail', 'search']);
    expect(ids({ ...allLocations, onlyFlagged: true })).toEqual(['search']);
    expect(ids({ ...allLocations, service: 'mail' })).toEqual(['mail']);
    expect(ids({ ...allLocations, category: 'diagnostic' })).toEqual([]);
  });
});

describe('residency store', () => {
  it('loads the snapshot and keeps it when a refresh fails', async () => {
    const answers = [
      { ok: true as const, value: snapshot },
      { ok: false as const, error: { code: 'provider_unreachable' as const, message: 'offline' } },
    ];
    const store = createResidencyStore(
      fakeBridge({
        residency: { getSnapshot: inTurn(answers) },
      }),
    );
    await store.getState().refresh();
    expect(store.getState().load).toEqual({ status: 'ready', value: snapshot });
    await store.getState().refresh();
    expect(store.getState().load).toEqual({
      status: 'failed',
      error: { code: 'provider_unreachable', message: 'offline' },
      previous: snapshot,
    });
  });

  it('reports each export outcome', async () => {
    const answers = [
      { ok: true as const, value: { status: 'cancelled' as const } },
      {
        ok: true as const,
        value: {
          status: 'saved' as const,
          fileName: 'r.html',
          total: 2,
          flagged: 1,
          snapshotAt: 'x',
        },
      },
      {
        ok: false as const,
        error: { code: 'file_error' as const, message: 'r.csv could not be saved' },
      },
    ];
    const store = createResidencyStore(
      fakeBridge({
        residency: { exportReport: inTurn(answers) },
      }),
    );
    await store.getState().exportReport('csv');
    expect(store.getState().exported).toEqual({ status: 'cancelled' });
    await store.getState().exportReport('html');
    expect(store.getState().exported).toEqual({
      status: 'saved',
      format: 'html',
      fileName: 'r.html',
    });
    await store.getState().exportReport('csv');
    expect(store.getState().exported).toMatchObject({
      status: 'failed',
      error: { code: 'file_error' },
    });
  });
});
