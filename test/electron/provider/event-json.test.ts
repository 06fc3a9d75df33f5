import { describe, expect, it } from 'vitest';
import { generateDemoTenant } from '../../../electron/provider/demo';
import { accessEventJson } from '../../../electron/provider/event-json';
import type { AccessEvent } from '../../../electron/provider/types';

const base: AccessEvent = {
  id: 'e1',
  time: '2025-01-01T00:00:00.000Z',
  actor: 'a@b.example',
  actorKind: 'tenant-user',
  category: 'customer',
  resource: 'mailbox:x',
  operation: 'mail.read',
  purpose: 'service-delivery',
  justification: null,
  ticket: null,
  accessRequestId: null,
  location: { countryCode: 'DE', city: 'Berlin' },
  ip: '10.0.0.1',
  result: 'success',
};

describe('accessEventJson', () => {
  it('writes every demo event losslessly, keys in the schema order', () => {
    const demo = generateDemoTenant({
      seed: 3,
      asOf: new Date('2025-06-01T00:00:00Z'),
      eventCount: 3000,
    });
    const order = Object.keys(base);
    for (const e of demo.accessEvents) {
      const parsed = JSON.parse(accessEventJson(e)) as Record<string, unknown>;
      expect(parsed).toEqual(e);
      expect(Object.keys(parsed)).toEqual(order);
    }
  });

  it.each([
    ['quotes and backslashes', 'say "hi" \\ bye'],
    ['control characters', 'tab\there\nnewline\u0001'],
    ['line separators', 'a\u2028b\u2029c'],
    ['a lone surrogate', 'x\ud800y'],
    ['non-ASCII text', 'Zürich – 東京 🚀'],
  ])('escapes %s exactly like JSON.stringify', (_name, text) => {
    const e: AccessEvent = {
      ...base,
      justification: text,
      resource: text,
      location: { countryCode: 'CH', city: text },
    };
    expect(accessEventJson(e)).toBe(JSON.stringify(e));
    expect(JSON.parse(accessEventJson(e))).toEqual(e);
  });

  it('writes only documented fields', () => {
    const withExtra = { ...base, secret: 'leak' } as AccessEvent;
    expect(accessEventJson(withExtra)).not.toContain('leak');
  });
});
