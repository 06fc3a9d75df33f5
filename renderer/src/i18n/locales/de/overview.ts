import type { Catalogue } from '../../catalogue';
import type { overview as en } from '../en/overview';

export const overview: Catalogue<typeof en> = {
  title: 'Übersicht',
  loading: 'Die neuesten Zahlen werden geladen…',
  asOf: 'Zahlen vom',
  unread:
    'Die Zahlen konnten nicht gelesen werden; prüfen Sie den Anbieter und wählen Sie „Erneut versuchen“.',
  facts: {
    commitment: 'Standortzusage',
    lockbox: 'Kunden-Lockbox',
    connection: 'Verbindung',
    unknown: 'Unbekannt',
    on: 'An',
    off: 'Aus',
  },
  headlineFigures: 'Kennzahlen',
  counts: {
    settings: 'Einstellungen',
    locationsOutsideCommitment: 'Standorte außerhalb der Zusage',
    pendingAccessRequests: 'Offene Zugriffsanfragen',
    accessEventsLast30Days: 'Zugriffe in den letzten 30 Tagen',
    forbidden: 'Nicht erlaubt: {{reason}}',
    unavailable: 'Nicht verfügbar: {{reason}}',
  },
};
