import type { Catalogue } from '../../catalogue';
import type { connections as en } from '../en/connections';

export const connections: Catalogue<typeof en> = {
  title: 'Verbindungen',
  intro:
    'Jede Verbindung besteht aus einer Anbieteradresse und einer Anmeldung. Der Anbieter teilt mit, welchen Mandanten sie öffnet und welche Rolle Sie haben; Daten einer Verbindung werden getrennt von allen anderen gespeichert.',
  embeddedName: 'Eingebetteter Demo-Anbieter',
  active: 'Aktiv',
  header: {
    reading: 'Wird gelesen…',
    unknown: 'Unbekannt ({{reason}})',
    tenant: 'Mandant',
    role: 'Rolle',
    switchLabel: 'Aktive Verbindung',
    manage: 'Verbindungen verwalten',
  },
  roles: {
    admin: 'Administrator',
    helpdesk: 'Helpdesk',
    auditor: 'Prüfer',
    unknown: 'Noch nicht bekannt',
  },
  facts: {
    address: 'Adresse',
    tenant: 'Mandant',
    role: 'Rolle',
    signIn: 'Anmeldung',
    network: 'Netzwerk',
  },
  auth: {
    builtIn: 'Eingebaut (keine Anmeldung nötig)',
    signedOut: 'Abgemeldet',
    signedInDevice: 'Über den Browser angemeldet',
    signedInToken: 'Mit eingefügtem Token angemeldet',
    storedVault: 'im Schlüsselbund des Systems gespeichert',
    storedWeak:
      'auf diesem Computer mit dem schwachen Notbehelf basic_text gespeichert, wie gewählt',
    storedSession: 'nur für diese Sitzung gespeichert',
    expires: 'Token wird vor {{time}} erneuert',
    rejected: 'Bitte erneut anmelden: {{reason}}',
  },
  network: {
    unknown: 'Noch nicht geprüft',
    online: 'Erreichbar',
    offline: 'Offline seit {{time}}: {{reason}}',
  },
  actions: {
    use: 'Diese Verbindung verwenden',
    rename: 'Umbenennen',
    signInBrowser: 'Im Browser anmelden',
    pasteToken: 'Token einfügen',
    keepSignedIn: 'Auf diesem Computer angemeldet bleiben',
    signOut: 'Abmelden',
    remove: 'Entfernen',
    save: 'Speichern',
    cancel: 'Abbrechen',
  },
  add: {
    title: 'Verbindung hinzufügen',
    url: 'Anbieteradresse',
    urlHint:
      'Zum Beispiel https://privacy.provider.example. http ist nur für einen Anbieter auf diesem Computer erlaubt.',
    label: 'Name (optional)',
    submit: 'Verbindung hinzufügen',
    adding: 'Adresse wird geprüft…',
    added: '{{name}} wurde hinzugefügt. Melden Sie sich an, um sie zu verwenden.',
  },
  rename: {
    label: 'Name',
    hint: 'Leer lassen, um den Namen des Mandanten anzuzeigen.',
  },
  remove: {
    confirm:
      '{{name}} entfernen? Dabei werden Sie abgemeldet und die dafür zwischengespeicherten Daten gelöscht.',
    confirmButton: 'Verbindung entfernen',
  },
  token: {
    label: 'Zugriffstoken',
    hint: 'Für Automatisierung: ein vom Anbieter ausgestelltes Bearer-Token. Es wird beim Anbieter geprüft und nie wieder angezeigt.',
    submit: 'Mit diesem Token anmelden',
  },
  device: {
    starting: 'Anmeldecode wird beim Anbieter angefordert…',
    codeLabel: 'Ihr Code',
    instructions:
      'Öffnen Sie die Anmeldeseite des Anbieters, prüfen Sie, dass dort dieser Code steht, und bestätigen Sie ihn dort.',
    open: 'Anmeldeseite öffnen',
    pageAddress: 'Oder rufen Sie {{url}} auf und geben Sie den Code ein.',
    waiting: 'Warten auf Bestätigung (der Code gilt bis {{time}})…',
    signedIn: 'Bei {{name}} angemeldet.',
    denied: 'Die Anmeldung wurde auf der Seite des Anbieters abgelehnt.',
    expired: 'Der Code ist abgelaufen, bevor er bestätigt wurde. Starten Sie die Anmeldung neu.',
    cancelled: 'Die Anmeldung wurde abgebrochen.',
    failed: 'Die Anmeldung ist fehlgeschlagen: {{reason}}',
  },
  storage: {
    weakTitle: 'Auf diesem Computer steht der App kein Schlüsselbund zur Verfügung',
    weak: 'Linux bietet hier nur den Notbehelf basic_text, der Geheimnisse nicht wirklich schützt. Anmeldungen gelten deshalb nur für diese Sitzung; nach einem Neustart melden Sie sich erneut an. Sie können eine Anmeldung trotzdem auf diesem Computer behalten.',
    noneTitle: 'Dieser Computer kann keine Geheimnisse verschlüsseln',
    none: 'Anmeldungen gelten nur für diese Sitzung und werden nie auf die Festplatte geschrieben.',
  },
  errors: {
    title: 'Das hat nicht geklappt',
  },
};
