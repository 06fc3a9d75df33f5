import type { Catalogue } from '../../catalogue';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  appName: 'Privacy Control Center',
  header: {
    provider: 'Anbieter',
    connection: 'Verbindung',
    preferences: 'Einstellungen der App',
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
  skipToContent: 'Zum Inhalt springen',
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
  notice: {
    dismiss: 'Schließen',
    movedAside:
      'Sie wurden nach {{file}} verschoben; es gelten die Standardeinstellungen. Design, Sprache und Verbindung beginnen neu.',
    reason: {
      'not-json':
        'Ihre App-Einstellungen konnten nicht gelesen werden, weil die Datei kein gültiges JSON enthält.',
      'not-settings':
        'Ihre App-Einstellungen konnten nicht gelesen werden, weil die Datei keine Einstellungen enthält.',
      'newer-version':
        'Ihre App-Einstellungen konnten nicht gelesen werden, weil eine neuere Version der App sie geschrieben hat (Einstellungsversion {{detail}}).',
      'no-migration':
        'Ihre App-Einstellungen konnten nicht gelesen werden, weil diese Version die Einstellungsversion {{detail}} nicht aktualisieren kann.',
      'upgrade-failed':
        'Ihre App-Einstellungen konnten nicht gelesen werden, weil sie nicht von Einstellungsversion {{detail}} aktualisiert werden konnten.',
      'invalid-values':
        'Ihre App-Einstellungen konnten nicht gelesen werden, weil einige Werte ungültig sind ({{detail}}).',
    },
    nothingToExport: 'Auf dieser Seite gibt es nichts zu exportieren.',
  },
  bridgeError: {
    title: 'Privacy Control Center kann nicht starten',
    absent:
      'Das Fenster hat keine Verbindung zur Desktop-Anwendung. Öffnen Sie die App über Privacy Control Center oder die Testumgebung.',
    incompatible: 'Die Desktop-Anwendung stellt eine inkompatible Schnittstelle bereit.',
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
