import { describe, expect, it } from 'vitest';
import { summarizeConnection } from '../../../../renderer/src/features/overview/connection-summary';
import { sampleOverview } from '../../fake-bridge';
import { tCommon as t } from '../../i18n-fixture';

describe('summarizeConnection', () => {
  it('is pending before anything was read', () => {
    expect(summarizeConnection({ status: 'idle' }, t)).toEqual({
      tone: 'pending',
      label: 'Checking…',
      reason: null,
    });
    expect(summarizeConnection({ status: 'loading', previous: null }, t).label).toBe('Checking…');
  });

  it('reports connected, offline and error with the provider-side reason', () => {
    const url = 'http://127.0.0.1:1';
    expect(summarizeConnection({ status: 'ready', overview: sampleOverview() }, t)).toEqual({
      tone: 'ok',
      label: 'Connected',
      reason: null,
    });
    const offline = sampleOverview({
      connection: { state: 'offline', providerUrl: url, reason: 'Connection refused' },
      tenant: null,
    });
    expect(summarizeConnection({ status: 'ready', overview: offline }, t)).toEqual({
      tone: 'warning',
      label: 'Offline',
      reason: 'Connection refused',
    });
    const error = sampleOverview({
      connection: { state: 'error', providerUrl: url, reason: 'The token was rejected (401).' },
    });
    expect(summarizeConnection({ status: 'loading', previous: error }, t)).toEqual({
      tone: 'danger',
      label: 'Error',
      reason: 'The token was rejected (401).',
    });
  });

  it('reports a failed bridge call as an error even when older figures are kept', () => {
    expect(
      summarizeConnection(
        {
          status: 'failed',
          error: { code: 'internal', message: 'no answer' },
          previous: sampleOverview(),
        },
        t,
      ),
    ).toEqual({ tone: 'danger', label: 'Error', reason: 'no answer' });
  });
});
