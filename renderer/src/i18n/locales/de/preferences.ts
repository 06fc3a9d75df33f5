import type { Catalogue } from '../../catalogue';
import type { preferences as en } from '../en/preferences';

export const preferences: Catalogue<typeof en> = {
  title: 'Einstellungen der App',
  intro:
    'Wie die App auf diesem Computer aussieht und spricht. Änderungen gelten sofort und bleiben erhalten.',
  appearance: {
    legend: 'Design',
    system: 'Wie das System',
    light: 'Hell',
    dark: 'Dunkel',
  },
  language: {
    legend: 'Sprache',
    system: 'Wie das System ({{language}})',
    en: 'English',
    de: 'Deutsch',
    saveFailed: 'Die Sprache konnte nicht gespeichert werden: {{reason}}',
  },
  connection: {
    heading: 'Verbindung',
    provider: 'Anbieter',
    address: 'Adresse',
  },
  recent: {
    open: '{{name}} öffnen',
    heading: 'Zuletzt geöffnet',
    empty: 'Keine zuletzt geöffneten Protokolldateien oder Änderungspläne.',
    kind: { log: 'Protokolldatei', plan: 'Änderungsplan' },
    missing: 'verschoben oder gelöscht',
    opened: 'Geöffnet {{when}}',
    clear: 'Liste leeren',
    loading: 'Die zuletzt geöffneten Dateien werden gelesen…',
    failed: 'Die zuletzt geöffneten Dateien konnten nicht gelesen werden: {{reason}}',
  },
  diagnostics: {
    heading: 'Diagnosedaten',
    body: 'Fasst die letzten Protokolle der App, ihre Version und die Version Ihres Betriebssystems in einer ZIP-Datei für den Support zusammen. Tokens, Passwörter, E-Mail-Adressen und IP-Adressen werden vorher entfernt; Absturzabbilder werden nur aufgelistet und bleiben auf diesem Computer.',
    export: 'Diagnosedaten exportieren…',
    exporting: 'Die Diagnosedaten werden vorbereitet…',
    saved:
      '{{file}} gespeichert ({{logs}} Protokolldateien, {{dumps}} Absturzabbilder aufgelistet).',
    cancelled: 'Export abgebrochen; es wurde nichts gespeichert.',
    failed: 'Die Diagnosedaten konnten nicht exportiert werden: {{reason}}',
  },
  about: {
    heading: 'Über die App',
    version: 'Version {{version}}',
    website: 'Website des Projekts',
    websiteNote: '(öffnet sich im Browser)',
  },
};
