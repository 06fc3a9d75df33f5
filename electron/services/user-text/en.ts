import { englishPushWords } from '../../../shared/domain/settings/push-state-machine';

/**
 * What main says to people, in English: the source of every key and parameter, which the other
 * languages (de.ts) must match. Parameters are plain strings and numbers, placed by each
 * language where its grammar wants them. Texts only developers read (logs, contract breaches,
 * unknown channels) are not here and stay English.
 */
export const en = {
  provider: {
    timeout: 'The provider did not answer in time.',
    refused: 'The provider refused the connection (is it running?).',
    hostUnknown: 'The provider host name could not be resolved.',
    closed: 'The connection to the provider was closed unexpectedly.',
    networkUnreachable: 'The provider cannot be reached from this network.',
    unreachable: 'The provider could not be reached.',
    tls: (problem: string) => `The secure connection to the provider failed (TLS): ${problem}`,
    tlsExpired: 'its certificate has expired.',
    tlsNotYetValid: "its certificate is not valid yet (check this computer's clock).",
    tlsSelfSigned: 'its certificate is self-signed and not trusted by this computer.',
    tlsUntrusted: 'its certificate was not issued by an authority this computer trusts.',
    tlsWrongHost: 'its certificate is for a different host name.',
    tlsRevoked: 'its certificate has been revoked.',
    tlsHandshake: (code: string) => `the handshake did not succeed (${code}).`,
    /** Appended to a sentence: the provider's own words, as it sent them. */
    said: (message: string) => ` The provider said: ${message}`,
    http401: 'The provider did not accept the sign-in; sign in again (401).',
    http403: 'Your role cannot do this (403).',
    http404: 'The provider does not offer this (404).',
    http429: 'The provider is limiting requests; try again shortly (429).',
    http5xx: (status: number) => `The provider failed to answer (${status}).`,
    httpOther: (status: number) => `The provider rejected the request (${status}).`,
    emptyAnswer: 'The provider sent an empty answer.',
    /** `what` is an English phrase for support ("a settings page"); other languages may omit it. */
    unreadable: (what: string) => `The provider sent ${what} the app cannot read.`,
    unreadableDetail: (what: string, issues: string) =>
      `The provider sent ${what} the app cannot read (${issues}).`,
    tooManyPages: (what: string, max: number) =>
      `The provider kept returning more pages of ${what} than the app can read (${max}).`,
    tooManyToCount: (what: string) =>
      `The provider kept returning more pages of ${what} than the app can count.`,
    tooManySettingsPages: 'The provider kept sending more settings pages.',
  },
  ipc: {
    invalidRequest: (channel: string, issues: string) =>
      `Invalid request for ${channel}: ${issues}`,
    frameGone: 'The requesting frame no longer exists.',
    notTopFrame: 'Only the top-level app frame may use this API.',
    notFromApp: 'The request did not come from the app.',
    internal: 'Something went wrong inside the app. The details are in its log.',
  },
  links: {
    invalid: 'It is not a valid address.',
    httpsOnly: 'Only https:// links open outside the app.',
    credentials: 'Links carrying a user name or password are not opened.',
    noHost: 'The link has no host.',
  },
  address: {
    tooLong: 'The address is too long.',
    notWebAddress: 'That is not a web address (it should start with https://).',
    httpsScheme: 'A provider address starts with https://.',
    noCredentials: 'Leave the user name and password out of the address; sign in instead.',
    noHost: 'The address has no host name.',
    noQuery: 'A provider address has no ?query or #fragment.',
    httpsRequired:
      'https is required for a provider that is not on this computer; http is allowed only for loopback (127.0.0.1, ::1, localhost).',
    certificateChecksOff:
      'Certificate checking is turned off in this environment (NODE_TLS_REJECT_UNAUTHORIZED=0), so the app will not send credentials over https. Remove the variable and restart.',
  },
  connections: {
    noSuchConnection: 'There is no such connection.',
    embeddedNeedsNoSignIn: 'The embedded demo provider needs no sign-in.',
    tooMany: 'Remove a connection before adding another.',
    notAProvider: 'That address answers, but not as a provider.',
    embeddedStays: 'The embedded demo provider is built in and stays.',
    signInUnknown: 'That sign-in is no longer known.',
    signInRefusedToStart: (error: string) => `The provider refused to start a sign-in (${error}).`,
    signInAnswerUnknown: 'The provider sent a sign-in answer the app does not understand.',
    signInEnded: (error: string) => `The provider ended the sign-in (${error}); sign in again.`,
    signInNotCompleted: 'The sign-in could not be completed.',
    signInFailed: 'The sign-in failed.',
    signInRefused: (error: string) => `The provider refused the sign-in (${error}).`,
    signInRefusedWithReason: (error: string, description: string) =>
      `The provider refused the sign-in (${error}): ${description}`,
    tokenUnencrypted: 'The secret store returned the token unencrypted.',
    nothingToKeep: 'There is no sign-in to keep.',
    cannotEncrypt:
      'This computer offers no way to encrypt the token, so it is kept for this session only.',
  },
  settings: {
    pushNotCurrent: 'That push is not the current one; reload the screen.',
    earlierPushUnfinished:
      'An earlier push is not finished. Complete or discard it before pushing again.',
    pushNotStarted: 'The push could not start.',
    pushForOtherTenant: (pushTenant: string, signedInTenant: string) =>
      `This push was prepared for tenant ${pushTenant}, not the tenant you are signed in to (${signedInTenant}). Discard it or connect to that tenant.`,
    cannotResend: 'This push cannot be sent again in its current state.',
    pushBeingSent: 'The push is being sent; cancel it first.',
    catalogueUnreadable: 'The catalogue could not be read.',
    roleMayNotPush: (role: string) =>
      `Your role (${role}) may not change settings; the provider would refuse the push. Save the changes as a change plan for an administrator instead.`,
    appliedUnreadable: 'The provider applied the change but sent an answer the app cannot read.',
  },
  /** The reasons a push gives (shared/domain/settings words them; main passes these in). */
  push: englishPushWords,
  files: {
    planNoun: 'change plan',
    profileNoun: 'settings profile',
    notAFile: (noun: string) => `The chosen ${noun} is not a file.`,
    tooLarge: (kib: number, noun: string) =>
      `The chosen file is ${kib} KiB; a ${noun} is never more than 1 MiB.`,
    unreadable: (noun: string) => `The chosen ${noun} could not be read.`,
    notWritten: (noun: string, fileName: string) =>
      `The ${noun} could not be written to ${fileName}. Check the folder exists and is writable.`,
    notSaved: (fileName: string, cause: string) => `${fileName} could not be saved: ${cause}.`,
    noPermission: 'the app may not write there',
    noFolder: 'the folder does not exist',
    diskFull: 'the disk is full',
    readOnly: 'the disk is read-only',
    writeFailed: 'the file could not be written',
    noLongerOffered:
      'That file is no longer offered to the app: open it again or drop it on the window.',
    diagnosticsNotWritten: (fileName: string, cause: string) =>
      `The diagnostics could not be written to ${fileName} (${cause}).`,
    anError: 'an error',
    // Why a plan or profile file is refused. shared/domain/settings already words these in
    // English (`detail`), so English shows them as they are; other languages word the facts.
    notJson: (detail: string, _line: number, _column: number) => detail,
    notValid: (detail: string, _noun: string, _fields: string) => detail,
    otherTenant: (detail: string, _fileTenant: string, _currentTenant: string) => detail,
    tampered: (detail: string) => detail,
    signedWithOtherKey: (detail: string, _signedKey: string, _providerKey: string) => detail,
    signatureInvalid: (detail: string, _keyId: string) => detail,
    notWhatWasSigned: (detail: string) => detail,
    signedForOtherTenant: (detail: string, _signedTenant: string, _planTenant: string) => detail,
    signedForOtherAuthor: (detail: string, _planAuthor: string, _signedAuthor: string) => detail,
    // Why a saved plan is not signed, and why an opened plan's signature could not be checked.
    attestationDoesNotFit:
      "The provider's attestation did not match the plan, so it was left out of the file.",
    providerKeyUnavailable: (reason: string) =>
      `The provider's signing key could not be read, and none was kept from an earlier connection. ${reason}`,
  },
  dialogs: {
    saveChangePlan: 'Save change plan',
    openChangePlan: 'Open change plan',
    exportProfile: 'Export settings profile',
    importProfile: 'Import settings profile',
    exportAccessEvents: 'Export the filtered access events',
    saveResidencyReport: 'Save the residency report',
    exportDiagnostics: 'Export diagnostics',
    zipArchive: 'Zip archive',
    htmlPage: 'HTML page',
    logExports: 'Log exports',
    allFiles: 'All files',
    publicKeys: 'Public keys',
  },
  access: {
    noSuchExport: 'There is no such export.',
    decisionForbidden:
      "The provider refused: this account's role may not approve or deny access requests (403).",
    noSuchRequest: (id: string) => `There is no access request ${id} (404).`,
    notPending: (id: string) =>
      `Access request ${id} is no longer pending: it was decided or has expired (409).`,
    decisionUnreadable: 'The provider answered the decision with an unreadable request.',
    exportFailed: 'The export failed inside the app. The details are in its log.',
  },
  logs: {
    noCase: 'No review case is open: create or open one first.',
    importRunning: 'An import is running: cancel it or wait for it first.',
    noSuchCase: 'There is no such case.',
    caseCannotOpen: (detail: string) => `The case cannot be opened: ${detail}`,
    noSuchImport: 'There is no such import.',
    noSuchEvent: 'There is no such event.',
    importFailed: (detail: string) => `The import failed: ${detail}`,
    unusableKey: 'The provider sent an unusable public key.',
    keyFileUnreadable: 'The key file cannot be read.',
    notSignedExport: 'That file is not a signed provider export.',
    notEd25519: 'The key is not an Ed25519 key.',
    notPem: 'The file does not hold a public key in PEM form.',
    notKeyFile: 'The file is neither a PEM key nor a key document.',
    notKeyDocument: 'The JSON file is not an export public-key document.',
    trustedKeysDamaged: 'The trusted-keys file is damaged.',
    keyIdMismatch: (claimed: string, actual: string) =>
      `The key id ${claimed} does not belong to this key (${actual}).`,
  },
};
