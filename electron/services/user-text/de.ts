import type { UserText } from './user-text';

/** What main says to people, in German: the same keys and parameters as en.ts. */
export const de: UserText = {
  provider: {
    timeout: 'Der Anbieter hat nicht rechtzeitig geantwortet.',
    refused: 'Der Anbieter hat die Verbindung abgelehnt (läuft er?).',
    hostUnknown: 'Der Hostname des Anbieters konnte nicht aufgelöst werden.',
    closed: 'Die Verbindung zum Anbieter wurde unerwartet getrennt.',
    networkUnreachable: 'Der Anbieter ist von diesem Netzwerk aus nicht erreichbar.',
    unreachable: 'Der Anbieter konnte nicht erreicht werden.',
    tls: (problem) => `Die sichere Verbindung zum Anbieter ist fehlgeschlagen (TLS): ${problem}`,
    tlsExpired: 'sein Zertifikat ist abgelaufen.',
    tlsNotYetValid: 'sein Zertifikat ist noch nicht gültig (prüfen Sie die Uhr dieses Computers).',
    tlsSelfSigned: 'sein Zertifikat ist selbst signiert, und dieser Computer vertraut ihm nicht.',
    tlsUntrusted: 'sein Zertifikat stammt von keiner Stelle, der dieser Computer vertraut.',
    tlsWrongHost: 'sein Zertifikat gilt für einen anderen Hostnamen.',
    tlsRevoked: 'sein Zertifikat wurde widerrufen.',
    tlsHandshake: (code) => `der Verbindungsaufbau (Handshake) ist gescheitert (${code}).`,
    said: (message) => ` Der Anbieter meldete: ${message}`,
    http401: 'Der Anbieter hat die Anmeldung nicht akzeptiert; melden Sie sich erneut an (401).',
    http403: 'Ihre Rolle darf das nicht (403).',
    http404: 'Der Anbieter bietet das nicht an (404).',
    http429: 'Der Anbieter begrenzt die Anfragen; versuchen Sie es gleich noch einmal (429).',
    http5xx: (status) => `Der Anbieter konnte nicht antworten (${status}).`,
    httpOther: (status) => `Der Anbieter hat die Anfrage abgelehnt (${status}).`,
    emptyAnswer: 'Der Anbieter hat eine leere Antwort gesendet.',
    unreadable: () => 'Der Anbieter hat eine Antwort gesendet, die die App nicht lesen kann.',
    unreadableDetail: (_what, issues) =>
      `Der Anbieter hat eine Antwort gesendet, die die App nicht lesen kann (${issues}).`,
    tooManyPages: (_what, max) =>
      `Der Anbieter hat immer weitere Seiten gesendet, mehr als die App lesen kann (${max}).`,
    tooManyToCount: () =>
      'Der Anbieter hat immer weitere Seiten gesendet, mehr als die App zählen kann.',
    tooManySettingsPages: 'Der Anbieter hat immer weitere Seiten mit Einstellungen gesendet.',
  },
  ipc: {
    invalidRequest: (channel, issues) => `Ungültige Anfrage an ${channel}: ${issues}`,
    frameGone: 'Der anfragende Frame existiert nicht mehr.',
    notTopFrame: 'Nur der oberste Frame der App darf diese Schnittstelle nutzen.',
    notFromApp: 'Die Anfrage kam nicht von der App.',
    internal: 'In der App ist etwas schiefgegangen. Die Einzelheiten stehen in ihrem Protokoll.',
  },
  links: {
    invalid: 'Das ist keine gültige Adresse.',
    httpsOnly: 'Außerhalb der App öffnen sich nur https://-Links.',
    credentials: 'Links mit Benutzername oder Passwort werden nicht geöffnet.',
    noHost: 'Der Link enthält keinen Host.',
  },
  address: {
    tooLong: 'Die Adresse ist zu lang.',
    notWebAddress: 'Das ist keine Webadresse (sie sollte mit https:// beginnen).',
    httpsScheme: 'Eine Anbieteradresse beginnt mit https://.',
    noCredentials:
      'Lassen Sie Benutzername und Passwort aus der Adresse weg; melden Sie sich stattdessen an.',
    noHost: 'Die Adresse hat keinen Hostnamen.',
    noQuery: 'Eine Anbieteradresse hat keine ?Abfrage und kein #Fragment.',
    httpsRequired:
      'Für einen Anbieter, der nicht auf diesem Computer läuft, ist https nötig; http ist nur für Loopback erlaubt (127.0.0.1, ::1, localhost).',
    certificateChecksOff:
      'Die Zertifikatsprüfung ist in dieser Umgebung ausgeschaltet (NODE_TLS_REJECT_UNAUTHORIZED=0), daher sendet die App keine Anmeldedaten über https. Entfernen Sie die Variable und starten Sie neu.',
  },
  connections: {
    noSuchConnection: 'Diese Verbindung gibt es nicht.',
    embeddedNeedsNoSignIn: 'Der eingebettete Demo-Anbieter braucht keine Anmeldung.',
    tooMany: 'Entfernen Sie eine Verbindung, bevor Sie eine weitere hinzufügen.',
    notAProvider: 'Unter dieser Adresse antwortet etwas, aber kein Anbieter.',
    embeddedStays: 'Der eingebettete Demo-Anbieter ist fest eingebaut und bleibt.',
    signInUnknown: 'Diese Anmeldung ist nicht mehr bekannt.',
    signInRefusedToStart: (error) =>
      `Der Anbieter hat es abgelehnt, eine Anmeldung zu beginnen (${error}).`,
    signInAnswerUnknown:
      'Der Anbieter hat auf die Anmeldung eine Antwort gesendet, die die App nicht versteht.',
    signInEnded: (error) =>
      `Der Anbieter hat die Anmeldung beendet (${error}); melden Sie sich erneut an.`,
    signInNotCompleted: 'Die Anmeldung konnte nicht abgeschlossen werden.',
    signInFailed: 'Die Anmeldung ist fehlgeschlagen.',
    signInRefused: (error) => `Der Anbieter hat die Anmeldung abgelehnt (${error}).`,
    signInRefusedWithReason: (error, description) =>
      `Der Anbieter hat die Anmeldung abgelehnt (${error}): ${description}`,
    tokenUnencrypted: 'Der Schlüsselbund hat das Token unverschlüsselt zurückgegeben.',
    nothingToKeep: 'Es gibt keine Anmeldung, die behalten werden könnte.',
    cannotEncrypt:
      'Dieser Computer bietet keine Möglichkeit, das Token zu verschlüsseln; es gilt deshalb nur für diese Sitzung.',
  },
  settings: {
    pushNotCurrent: 'Diese Übertragung ist nicht die aktuelle; laden Sie die Ansicht neu.',
    earlierPushUnfinished:
      'Eine frühere Übertragung ist nicht abgeschlossen. Schließen Sie sie ab oder verwerfen Sie sie, bevor Sie erneut übertragen.',
    pushNotStarted: 'Die Übertragung konnte nicht beginnen.',
    pushForOtherTenant: (pushTenant, signedInTenant) =>
      `Diese Übertragung wurde für den Mandanten ${pushTenant} vorbereitet, nicht für den Mandanten, bei dem Sie angemeldet sind (${signedInTenant}). Verwerfen Sie sie oder verbinden Sie sich mit diesem Mandanten.`,
    cannotResend: 'Diese Übertragung kann in ihrem jetzigen Zustand nicht erneut gesendet werden.',
    pushBeingSent: 'Die Übertragung wird gerade gesendet; brechen Sie sie zuerst ab.',
    catalogueUnreadable: 'Der Katalog konnte nicht gelesen werden.',
    roleMayNotPush: (role) =>
      `Ihre Rolle (${role}) darf keine Einstellungen ändern; der Anbieter würde die Übertragung ablehnen. Speichern Sie die Änderungen stattdessen als Änderungsplan für eine Administratorin oder einen Administrator.`,
    appliedUnreadable:
      'Der Anbieter hat die Änderung übernommen, aber eine Antwort gesendet, die die App nicht lesen kann.',
  },
  push: {
    refused: (status) =>
      `Der Anbieter hat die Änderung abgelehnt (${status}); erneutes Senden würde nicht helfen.`,
    slowDown: 'Der Anbieter hat darum gebeten, langsamer zu senden (429).',
    providerFailed: (status) => `Beim Anbieter ist ein Fehler aufgetreten (${status}).`,
    dropped: 'Die Verbindung brach ab, bevor der Anbieter antwortete.',
    gaveUp: (reason, attempts) => `${reason} Nach ${attempts} Versuchen aufgegeben.`,
    waitTooLong: (reason, until) =>
      `${reason} Er bat, bis ${until} zu warten, länger als die App von sich aus wartet; übertragen Sie danach erneut.`,
    outOfTime: (reason) => `${reason} Die Zeit für weitere Versuche ist abgelaufen.`,
    cancelled: 'Abgebrochen.',
  },
  files: {
    planNoun: 'Änderungsplan',
    profileNoun: 'Einstellungsprofil',
    notAFile: (noun) => `Die Auswahl ist keine Datei; ein ${noun} ist immer eine Datei.`,
    tooLarge: (kib, noun) =>
      `Die gewählte Datei ist ${kib} KiB groß; ein ${noun} ist nie größer als 1 MiB.`,
    unreadable: (noun) => `Die gewählte Datei konnte nicht als ${noun} gelesen werden.`,
    notWritten: (_noun, fileName) =>
      `${fileName} konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.`,
    notSaved: (fileName, cause) => `${fileName} konnte nicht gespeichert werden: ${cause}.`,
    noPermission: 'die App darf dort nicht schreiben',
    noFolder: 'den Ordner gibt es nicht',
    diskFull: 'der Datenträger ist voll',
    readOnly: 'der Datenträger ist schreibgeschützt',
    writeFailed: 'die Datei konnte nicht geschrieben werden',
    noLongerOffered:
      'Diese Datei steht der App nicht mehr zur Verfügung: Öffnen Sie sie erneut oder ziehen Sie sie auf das Fenster.',
    diagnosticsNotWritten: (fileName, cause) =>
      `Die Diagnosedaten konnten nicht in ${fileName} geschrieben werden (${cause}).`,
    anError: 'ein Fehler',
    notJson: (_detail, line, column) =>
      `Die Datei ist kein gültiges JSON (Fehler in Zeile ${line}, Spalte ${column}).`,
    notValid: (_detail, noun, fields) =>
      `Die Datei ist kein ${noun} in gültiger Form (betroffen: ${fields}).`,
    otherTenant: (_detail, fileTenant, currentTenant) =>
      `Dieser Änderungsplan wurde für den Mandanten ${fileTenant} geschrieben, Sie sind aber beim Mandanten ${currentTenant} angemeldet.`,
    tampered: () =>
      'Die Datei wurde nach dem Schreiben verändert (ihre Integritätsprüfung stimmt nicht überein); ihr kann daher nicht vertraut werden.',
    signedWithOtherKey: (_detail, signedKey, providerKey) =>
      `Diesem Änderungsplan kann nicht vertraut werden: Er wurde mit dem Anbieterschlüssel ${signedKey} signiert, der verbundene Anbieter verwendet aber den Schlüssel ${providerKey}.`,
    signatureInvalid: (_detail, keyId) =>
      `Diesem Änderungsplan kann nicht vertraut werden: Seine Anbietersignatur lässt sich mit dem Schlüssel ${keyId} nicht bestätigen; die Bestätigung wurde verändert oder stammt nicht vom verbundenen Anbieter.`,
    notWhatWasSigned: () =>
      'Diesem Änderungsplan kann nicht vertraut werden: Sein Inhalt ist nicht der, den der Anbieter signiert hat; er wurde nach dem Signieren verändert.',
    signedForOtherTenant: (_detail, signedTenant, planTenant) =>
      `Diesem Änderungsplan kann nicht vertraut werden: Der Anbieter hat ihn für den Mandanten ${signedTenant} signiert, der Plan nennt aber den Mandanten ${planTenant}.`,
    signedForOtherAuthor: (_detail, planAuthor, signedAuthor) =>
      `Diesem Änderungsplan kann nicht vertraut werden: Er nennt ${planAuthor} als Verfasser, der Anbieter hat ihn aber für ${signedAuthor} signiert.`,
    attestationDoesNotFit:
      'Die Bestätigung des Anbieters passte nicht zum Plan und wurde deshalb nicht in die Datei übernommen.',
    providerKeyUnavailable: (reason) =>
      `Der Signaturschlüssel des Anbieters konnte nicht gelesen werden, und aus einer früheren Verbindung ist keiner gespeichert. ${reason}`,
  },
  dialogs: {
    saveChangePlan: 'Änderungsplan speichern',
    openChangePlan: 'Änderungsplan öffnen',
    exportProfile: 'Einstellungsprofil exportieren',
    importProfile: 'Einstellungsprofil importieren',
    exportAccessEvents: 'Gefilterte Zugriffe exportieren',
    saveResidencyReport: 'Bericht zu den Datenstandorten speichern',
    exportDiagnostics: 'Diagnosedaten exportieren',
    zipArchive: 'ZIP-Archiv',
    htmlPage: 'HTML-Seite',
    logExports: 'Protokollexporte',
    allFiles: 'Alle Dateien',
    publicKeys: 'Öffentliche Schlüssel',
  },
  access: {
    noSuchExport: 'Diesen Export gibt es nicht.',
    decisionForbidden:
      'Der Anbieter hat abgelehnt: Die Rolle dieses Kontos darf Zugriffsanfragen weder genehmigen noch ablehnen (403).',
    noSuchRequest: (id) => `Die Zugriffsanfrage ${id} gibt es nicht (404).`,
    notPending: (id) =>
      `Die Zugriffsanfrage ${id} ist nicht mehr offen: Sie wurde bereits entschieden oder ist abgelaufen (409).`,
    decisionUnreadable:
      'Der Anbieter hat die Entscheidung mit einer unlesbaren Zugriffsanfrage beantwortet.',
    exportFailed:
      'Der Export ist in der App fehlgeschlagen. Die Einzelheiten stehen in ihrem Protokoll.',
  },
  logs: {
    noCase: 'Es ist kein Prüffall geöffnet: Legen Sie zuerst einen an oder öffnen Sie einen.',
    importRunning: 'Ein Import läuft: Brechen Sie ihn ab oder warten Sie, bis er fertig ist.',
    noSuchCase: 'Diesen Fall gibt es nicht.',
    caseCannotOpen: (detail) => `Der Fall kann nicht geöffnet werden: ${detail}`,
    noSuchImport: 'Diesen Import gibt es nicht.',
    noSuchEvent: 'Dieses Ereignis gibt es nicht.',
    importFailed: (detail) => `Der Import ist fehlgeschlagen: ${detail}`,
    unusableKey: 'Der Anbieter hat einen unbrauchbaren öffentlichen Schlüssel gesendet.',
    keyFileUnreadable: 'Die Schlüsseldatei kann nicht gelesen werden.',
    notSignedExport: 'Diese Datei ist kein signierter Export des Anbieters.',
    notEd25519: 'Der Schlüssel ist kein Ed25519-Schlüssel.',
    notPem: 'Die Datei enthält keinen öffentlichen Schlüssel im PEM-Format.',
    notKeyFile: 'Die Datei ist weder ein PEM-Schlüssel noch ein Schlüsseldokument.',
    notKeyDocument: 'Die JSON-Datei ist kein Dokument mit dem öffentlichen Schlüssel für Exporte.',
    trustedKeysDamaged: 'Die Datei mit den vertrauenswürdigen Schlüsseln ist beschädigt.',
    keyIdMismatch: (claimed, actual) =>
      `Die Schlüssel-ID ${claimed} gehört nicht zu diesem Schlüssel (${actual}).`,
  },
};
