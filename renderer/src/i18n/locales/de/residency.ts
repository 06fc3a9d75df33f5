import type { Catalogue } from '../../catalogue';
import type { residency as en } from '../en/residency';

export const residency: Catalogue<typeof en> = {
  title: 'Datenstandorte',
  loading: 'Die Datenstandorte werden gelesen…',
  snapshotAt: 'Stand vom',
  cached:
    'Der Anbieter war nicht erreichbar; angezeigt wird der zuletzt gespeicherte Stand ({{reason}}).',
  unknownCommitment:
    'Die Zusage „{{commitment}}“ kennt diese App nicht: Gezeigt wird nur die Einstufung des Anbieters.',
  facts: {
    tenant: 'Mandant',
    commitment: 'Standortzusage',
    locations: 'Standorte',
    flagged: 'Außerhalb der Zusage',
  },
  export: {
    label: 'Standortbericht exportieren',
    csv: 'Als CSV exportieren',
    html: 'Druckbare Seite (HTML) exportieren',
    saving: 'Der Bericht wird gespeichert…',
    saved: '{{fileName}} gespeichert.',
    cancelled: 'Export abgebrochen: Es wurde keine Datei geschrieben.',
    failed: 'Der Bericht wurde nicht gespeichert: {{reason}}',
  },
  view: {
    label: 'Anzeigen',
    service: 'Dienst',
    category: 'Datenkategorie',
    all: 'Alle',
    onlyFlagged: 'Nur Standorte außerhalb der Zusage',
    showing: '{{shown}} von {{total}} Standorten werden angezeigt.',
  },
  map: {
    caption:
      'Rechenzentrumsstädte der angezeigten Standorte. Ein rotes Dreieck markiert eine Stadt, in der Daten außerhalb der Zusage gespeichert oder verarbeitet werden; ein Kreis eine innerhalb der Zusage. Die Tabelle darunter enthält dieselben Angaben.',
    label: 'Weltkarte der Rechenzentrumsstandorte',
    inside: 'Innerhalb der Zusage',
    outside: 'Außerhalb der Zusage',
    marker: '{{city}}: {{count}} Standorte, davon {{flagged}} außerhalb der Zusage',
    loadingCountries: 'Die Länder werden gezeichnet…',
  },
  byCategory: 'Nach Datenkategorie',
  byService: 'Nach Dienst',
  counts: {
    name: 'Name',
    total: 'Standorte',
    flagged: 'Außerhalb',
  },
  table: {
    caption: 'Wo jede Datenkategorie jedes Dienstes liegt',
    service: 'Dienst',
    category: 'Datenkategorie',
    processing: 'Gespeichert oder verarbeitet',
    geography: 'Geografie und Region',
    cities: 'Rechenzentrumsstädte',
    replicas: 'Replikate',
    status: 'Zusage',
    none: 'Kein Standort passt.',
  },
  status: {
    inside: 'Innerhalb',
    outside: 'Außerhalb',
  },
  flag: {
    outside: 'Außerhalb der Zusage „{{commitment}}“.',
    geography: 'Die Geografie {{geography}} liegt außerhalb.',
    countries: 'Rechenzentren in {{countries}} liegen außerhalb.',
    providerReason: 'Begründung des Anbieters: {{reason}}',
    noReason: 'Der Anbieter nennt keinen Grund.',
    providerSaysInside:
      'Der Anbieter stuft diesen Standort als innerhalb der Zusage ein, die Prüfung dieser App jedoch als außerhalb.',
    providerSaysOutside:
      'Der Anbieter stuft diesen Standort als außerhalb der Zusage ein, obwohl Geografie und Rechenzentren innerhalb liegen.',
  },
  processing: {
    'at-rest': 'Gespeichert (ruhend)',
    processing: 'Verarbeitet',
  },
  category: {
    customer: 'Kundendaten',
    diagnostic: 'Diagnosedaten',
    'service-generated': 'Vom Dienst erzeugte Daten',
    'professional-services': 'Daten aus professionellen Diensten',
  },
  service: {
    mail: 'E-Mail',
    files: 'Dateien',
    chat: 'Chat',
    directory: 'Verzeichnis',
    'device-management': 'Geräteverwaltung',
    analytics: 'Analyse',
    meetings: 'Besprechungen',
    search: 'Suche',
    support: 'Support',
    security: 'Sicherheit',
  },
};
