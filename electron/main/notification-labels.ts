import type { Language } from '../../shared/i18n/languages';
import type { RequestNotice } from '../services/access/request-notifier';

/** What one desktop notification says. */
export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

/**
 * The desktop notifications' words, per shipped language, beside the menu's (menu-labels.ts):
 * main shows them itself, so they cannot come from the renderer's catalogue.
 */
interface NotificationWords {
  readonly arrivedTitle: (requester: string) => string;
  readonly arrivedBody: (org: string, justification: string, left: string) => string;
  readonly expiringTitle: (left: string) => string;
  readonly expiringBody: (requester: string, org: string, justification: string) => string;
  readonly manyTitle: (count: number) => string;
  readonly manyBody: (arrived: number, expiring: number) => string;
}

const en: NotificationWords = {
  arrivedTitle: (requester) => `New access request from ${requester}`,
  arrivedBody: (org, justification, left) => `${org}: ${justification} Expires in ${left}.`,
  expiringTitle: (left) => `Access request expires in ${left}`,
  expiringBody: (requester, org, justification) =>
    `${requester} (${org}): ${justification} Decide before it expires.`,
  manyTitle: (count) => `${count} access requests need a decision`,
  manyBody: (arrived, expiring) =>
    `New: ${arrived} · Expiring within the hour: ${expiring}. Open Access requests to decide.`,
};

const de: NotificationWords = {
  arrivedTitle: (requester) => `Neue Zugriffsanfrage von ${requester}`,
  arrivedBody: (org, justification, left) => `${org}: ${justification} Läuft in ${left} ab.`,
  expiringTitle: (left) => `Zugriffsanfrage läuft in ${left} ab`,
  expiringBody: (requester, org, justification) =>
    `${requester} (${org}): ${justification} Entscheiden Sie, bevor sie abläuft.`,
  manyTitle: (count) => `${count} Zugriffsanfragen warten auf eine Entscheidung`,
  manyBody: (arrived, expiring) =>
    `Neu: ${arrived} · Läuft innerhalb einer Stunde ab: ${expiring}. Öffnen Sie die Zugriffsanfragen, um zu entscheiden.`,
};

export const notificationWords: Readonly<Record<Language, NotificationWords>> = { en, de };

/** More at once than this become one summary: a burst must not bury the desktop. */
export const maxSingleNotifications = 3;
const maxJustification = 160;
const maxName = 80;
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The provider's text as one plain line: control and bidirectional-override characters
 * removed (a remote provider's text must not reorder or break the sentence around it), cut
 * to `max` characters.
 */
export function plainText(text: string, max: number): string {
  const flat = text
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut between user-perceived characters, never inside an emoji or a combined letter.
  const graphemes = Array.from(graphemeSegmenter.segment(flat), (part) => part.segment);
  return graphemes.length <= max
    ? flat
    : `${graphemes
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Linux notification servers that announce `body-markup` read the body as a subset of HTML,
 * and Electron passes it through as is: escaped there so a provider's `<a href>` stays text.
 */
export function escapeBodyMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Time left as hours and minutes in words ("1 hour 5 minutes"), rounded up to the minute. */
export function formatTimeLeft(ms: number, language: Language): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(
      value,
    );
  if (h === 0) return unit(m, 'minute');
  if (m === 0) return unit(h, 'hour');
  return `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

function single(notice: RequestNotice, words: NotificationWords, language: Language) {
  const requester = plainText(notice.requester, maxName);
  const org = plainText(notice.requesterOrg, maxName);
  const justification = plainText(notice.justification, maxJustification);
  const left = formatTimeLeft(notice.msLeft, language);
  return notice.kind === 'arrived'
    ? { title: words.arrivedTitle(requester), body: words.arrivedBody(org, justification, left) }
    : { title: words.expiringTitle(left), body: words.expiringBody(requester, org, justification) };
}

/** The notifications for one check's notices, in the app's language, for this platform. */
export function requestNotificationTexts(
  notices: readonly RequestNotice[],
  language: Language,
  platform: NodeJS.Platform,
): NotificationText[] {
  const words = notificationWords[language];
  const texts =
    notices.length > maxSingleNotifications
      ? [
          {
            title: words.manyTitle(notices.length),
            body: words.manyBody(
              notices.filter((n) => n.kind === 'arrived').length,
              notices.filter((n) => n.kind === 'expiring').length,
            ),
          },
        ]
      : notices.map((notice) => single(notice, words, language));
  return platform === 'linux'
    ? texts.map((text) => ({ title: text.title, body: escapeBodyMarkup(text.body) }))
    : texts;
}
