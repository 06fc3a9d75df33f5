export const common = {
  appName: 'Privacy Control Center',
  header: {
    provider: 'Provider',
    connection: 'Connection',
    preferences: 'Preferences',
  },
  nav: {
    label: 'Sections',
    overview: 'Overview',
    settings: 'Settings',
    'data-residency': 'Data residency',
    'access-events': 'Access events',
    'access-requests': 'Access requests',
    'log-review': 'Log review',
    connections: 'Connections',
  },
  skipToContent: 'Skip to content',
  notFound: {
    title: 'Page not found',
    body: 'There is no page at',
    back: 'Go to the overview',
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    saveFailed: 'The theme could not be saved: {{reason}}',
  },
  connection: {
    checking: 'Checking…',
    connected: 'Connected',
    offline: 'Offline',
    error: 'Error',
  },
  notice: {
    dismiss: 'Dismiss',
    movedAside:
      'It was moved to {{file}} and the default settings are in use. Your theme, language and connection choices start fresh.',
    reason: {
      'not-json': 'Your app settings could not be read because the file is not valid JSON.',
      'not-settings': 'Your app settings could not be read because the file holds no settings.',
      'newer-version':
        'Your app settings could not be read because a newer version of the app wrote them (settings version {{detail}}).',
      'no-migration':
        'Your app settings could not be read because this version cannot upgrade settings version {{detail}}.',
      'upgrade-failed':
        'Your app settings could not be read because they could not be upgraded from settings version {{detail}}.',
      'invalid-values':
        'Your app settings could not be read because some values are invalid ({{detail}}).',
    },
    nothingToExport: 'There is nothing to export on this screen.',
  },
  bridgeError: {
    title: 'Privacy Control Center cannot start',
    absent:
      'The window has no connection to the desktop shell. Open the app through Privacy Control Center or the test harness.',
    incompatible: 'The desktop shell exposes an incompatible API.',
    missing: 'Missing functions ({{count}})',
    advice: 'Restart the app; if this persists, reinstall it.',
  },
  actions: {
    refresh: 'Refresh',
    retry: 'Retry',
    cancel: 'Cancel',
    close: 'Close',
  },
} as const;
