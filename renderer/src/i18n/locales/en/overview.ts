export const overview = {
  title: 'Overview',
  loading: 'Loading the latest figures…',
  asOf: 'Figures as of',
  unread: 'The figures could not be read; check the provider and select Retry.',
  facts: {
    commitment: 'Residency commitment',
    lockbox: 'Customer lockbox',
    connection: 'Connection',
    unknown: 'Unknown',
    on: 'On',
    off: 'Off',
  },
  headlineFigures: 'Headline figures',
  counts: {
    settings: 'Settings',
    locationsOutsideCommitment: 'Locations outside the commitment',
    pendingAccessRequests: 'Pending access requests',
    accessEventsLast30Days: 'Access events in the last 30 days',
    forbidden: 'Not permitted: {{reason}}',
    unavailable: 'Unavailable: {{reason}}',
  },
} as const;
