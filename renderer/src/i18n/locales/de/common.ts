import type { Catalogue } from '../../catalogue';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  appName: 'Privacy Control Center',
  header: {
    provider: 'Anbieter',
    connection: 'Verbindung',
  },
  nav: {
    label: 'Bereiche',
    overview: 'Übersicht',
    settings: 'Einstellungen',
    'data-residency': 'Datenstandorte',
    'access-events': 'Zugriffe',
    'access-requests': 'Zugriffsanfragen',
    'log-review': 'Protokollprüfung',
    connections: 'Verbindungen',
  },
  purpose: {
    overview: 'Der Mandant auf einen Blick.',
    settings:
      'Die Diagnose- und Telemetrieeinstellungen jedes Produkts, ihre aktuellen Werte und was jeder Wert sendet.',
    'data-residency':
      'Wo jede Datenkategorie jedes Dienstes liegt, gemessen an der Standortzusage.',
    'access-events': 'Wer wann und zu welchem Zweck auf die Daten des Mandanten zugegriffen hat.',
    'access-requests':
      'Anfragen der Techniker des Anbieters auf Datenzugriff, zum Genehmigen oder Ablehnen.',
    'log-review':
      'Exportierte Zugriffsprotokolle offline prüfen: filtern, kommentieren, Ergebnisse exportieren.',
    connections:
      'Die Anbieter und Mandanten, mit denen sich die App verbindet, und wie sie sich anmeldet.',
  },
  skipToContent: 'Zum Inhalt springen',
  later: 'Dieser Bereich folgt in einer späteren Version.',
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Es gibt keine Seite unter',
    back: 'Zur Übersicht',
  },
  theme: {
    label: 'Design',
    system: 'System',
    light: 'Hell',
    dark: 'Dunkel',
    saveFailed: 'Das Design konnte nicht gespeichert werden: {{reason}}',
  },
  connection: {
    checking: 'Wird geprüft…',
    connected: 'Verbunden',
    offline: 'Offline',
    error: 'Fehler',
  },
  notice: { dismiss: 'Schließen' },
  bridgeError: {
    title: 'Privacy Control Center kann nicht starten',
    missing: 'Fehlende Funktionen ({{count}})',
    advice: 'Starten Sie die App neu; wenn das Problem bleibt, installieren Sie sie neu.',
  },
  actions: {
    refresh: 'Aktualisieren',
    retry: 'Erneut versuchen',
    cancel: 'Abbrechen',
    close: 'Schließen',
  },
};
