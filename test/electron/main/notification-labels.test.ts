import { describe, expect, it } from 'vitest';
import {
  escapeBodyMarkup,
  formatTimeLeft,
  maxSingleNotifications,
  notificationWords,
  plainText,
  requestNotificationTexts,
} from '../../../electron/main/notification-labels';
import type { RequestNotice } from '../../../electron/services/access/request-notifier';

const MINUTE = 60_000;

function notice(kind: RequestNotice['kind'], msLeft: number, id = 'ar-0007'): RequestNotice {
  return {
    kind,
    requestId: id,
    requester: 'operator-17',
    requesterOrg: 'Provider Support Engineering',
    justification: 'Search index corruption affecting the HR site.',
    expiresAt: '2025-11-20T11:00:00.000Z',
    msLeft,
  };
}

describe('requestNotificationTexts', () => {
  it('names the requester, the reason and the time left, in English', () => {
    expect(
      requestNotificationTexts(
        [notice('arrived', 11 * 60 * MINUTE + 5 * MINUTE), notice('expiring', 42 * MINUTE + 1)],
        'en',
        'darwin',
      ),
    ).toEqual([
      {
        title: 'New access request from operator-17',
        body: 'Provider Support Engineering: Search index corruption affecting the HR site. Expires in 11 hours 5 minutes.',
      },
      {
        title: 'Access request expires in 43 minutes',
        body: 'operator-17 (Provider Support Engineering): Search index corruption affecting the HR site. Decide before it expires.',
      },
    ]);
  });

  it('says the same in German', () => {
    expect(
      requestNotificationTexts(
        [notice('arrived', 60 * MINUTE), notice('expiring', MINUTE)],
        'de',
        'win32',
      ),
    ).toEqual([
      {
        title: 'Neue Zugriffsanfrage von operator-17',
        body: 'Provider Support Engineering: Search index corruption affecting the HR site. Läuft in 1 Stunde ab.',
      },
      {
        title: 'Zugriffsanfrage läuft in 1 Minute ab',
        body: 'operator-17 (Provider Support Engineering): Search index corruption affecting the HR site. Entscheiden Sie, bevor sie abläuft.',
      },
    ]);
  });

  it('has every sentence in both languages', () => {
    expect(Object.keys(notificationWords.de).sort()).toEqual(
      Object.keys(notificationWords.en).sort(),
    );
  });

  it('sums up a burst in one notification', () => {
    const many = [
      notice('arrived', 5 * 60 * MINUTE, 'ar-1'),
      notice('arrived', 6 * 60 * MINUTE, 'ar-2'),
      notice('expiring', 30 * MINUTE, 'ar-3'),
      notice('expiring', 20 * MINUTE, 'ar-4'),
    ];
    expect(many.length).toBeGreaterThan(maxSingleNotifications);
    expect(requestNotificationTexts(many, 'en', 'darwin')).toEqual([
      {
        title: '4 access requests need a decision',
        body: 'New: 2 · Expiring within the hour: 2. Open Access requests to decide.',
      },
    ]);
    expect(requestNotificationTexts(many, 'de', 'darwin')).toEqual([
      {
        title: '4 Zugriffsanfragen warten auf eine Entscheidung',
        body: 'Neu: 2 · Läuft innerhalb einer Stunde ab: 2. Öffnen Sie die Zugriffsanfragen, um zu entscheiden.',
      },
    ]);
    expect(requestNotificationTexts(many.slice(0, 3), 'en', 'darwin')).toHaveLength(3);
  });

  it('keeps the provider’s text one plain line, cut short, and markup inert on Linux', () => {
    const hostile: RequestNotice = {
      ...notice('arrived', 90 * MINUTE),
      requester: 'op\u202Eerator\n<b>17</b>',
      justification: `<a href="https://evil.example/">Click</a> & ${'x'.repeat(400)}`,
    };
    const [mac] = requestNotificationTexts([hostile], 'en', 'darwin');
    const [linux] = requestNotificationTexts([hostile], 'en', 'linux');
    expect(mac?.title).toBe('New access request from op erator <b>17</b>');
    expect(mac?.body.length).toBeLessThan(260);
    expect(mac?.body).toContain('…');
    expect(linux?.body).toContain('&lt;a href="https://evil.example/"&gt;Click&lt;/a&gt; &amp; x');
    expect(linux?.body).not.toMatch(/<|>/);
    // The title is never markup (the notification spec), so it stays as it reads.
    expect(linux?.title).toBe(mac?.title);
  });
});

describe('formatTimeLeft', () => {
  it('rounds up to the minute and never says zero', () => {
    expect(formatTimeLeft(1, 'en')).toBe('1 minute');
    expect(formatTimeLeft(59 * MINUTE + 1, 'en')).toBe('1 hour');
    expect(formatTimeLeft(2 * 60 * MINUTE, 'de')).toBe('2 Stunden');
    expect(formatTimeLeft(61 * MINUTE, 'de')).toBe('1 Stunde 1 Minute');
  });
});

describe('plainText and escapeBodyMarkup', () => {
  it('flattens control and direction characters and cuts on characters, not code units', () => {
    expect(plainText(' a\t\r\nb\u0007c\u2066d ', 100)).toBe('a b c d');
    expect(plainText('😀😀😀😀', 3)).toBe('😀😀…');
    expect(plainText('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 2)).toBe('👩‍👩‍👧…');
    expect(plainText('short', 5)).toBe('short');
  });

  it('escapes the three characters body markup reads', () => {
    expect(escapeBodyMarkup('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
  });
});
