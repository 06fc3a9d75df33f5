// Who acts in the demo tenant: its users, admins and apps, the provider's engineers and
// subprocessors. Fixed lists keep the data recognisable across seeds.
export const tenantDomain = 'contoso.eu';

const firstNames = [
  'anna',
  'ben',
  'clara',
  'david',
  'elena',
  'felix',
  'greta',
  'hannah',
  'jonas',
  'katrin',
  'lukas',
  'marie',
  'niklas',
  'olivia',
  'paul',
  'sophie',
  'tim',
  'ursula',
  'viktor',
  'zoe',
] as const;
const lastNames = [
  'schmidt',
  'mueller',
  'weber',
  'fischer',
  'wagner',
  'becker',
  'hoffmann',
  'koch',
  'richter',
  'klein',
  'wolf',
  'neumann',
] as const;

/** 240 tenant users, e.g. `anna.schmidt@contoso.eu`. */
export const tenantUsers: readonly string[] = lastNames.flatMap((last) =>
  firstNames.map((first) => `${first}.${last}@${tenantDomain}`),
);

export const tenantAdmins: readonly string[] = [
  `admin.katrin.weber@${tenantDomain}`,
  `admin.jonas.koch@${tenantDomain}`,
  `admin.elena.richter@${tenantDomain}`,
  `helpdesk.tim.wolf@${tenantDomain}`,
  `security.marie.klein@${tenantDomain}`,
];

export const applications: readonly string[] = [
  'app:Backup Connector (3f2a9c1e)',
  'app:HR Sync (7b41d0aa)',
  'app:Mail Archiver (c9e2f513)',
  'app:Device Compliance Agent (0d7be44f)',
  'app:BI Reporting Export (5a6c8e21)',
  'app:Ticketing Integration (e1f09b3d)',
];

export const subprocessors: readonly string[] = [
  'Northwind Support Services GmbH',
  'Fabrikam Data Centre Operations Ltd',
  'Litware Translation Services',
];

export interface Operator {
  readonly alias: string;
  readonly org: string;
  readonly countryCode: string;
  readonly city: string;
  readonly ipPrefix: string;
}

export const operators: readonly Operator[] = [
  {
    alias: 'p.raman@ops.provider.example',
    org: 'Mail Service Engineering',
    countryCode: 'IN',
    city: 'Hyderabad',
    ipPrefix: '52.140',
  },
  {
    alias: 'm.oconnor@ops.provider.example',
    org: 'Support Escalations EMEA',
    countryCode: 'IE',
    city: 'Dublin',
    ipPrefix: '40.113',
  },
  {
    alias: 's.mueller@ops.provider.example',
    org: 'Storage Reliability',
    countryCode: 'DE',
    city: 'Munich',
    ipPrefix: '51.116',
  },
  {
    alias: 'j.alvarez@ops.provider.example',
    org: 'Identity Platform',
    countryCode: 'US',
    city: 'Redmond',
    ipPrefix: '20.42',
  },
];

export interface Place {
  readonly countryCode: string;
  readonly city: string;
  readonly ipPrefix: string;
  readonly weight: number;
}

/** Where tenant users sign in from: mostly German offices, some travel and remote work. */
export const userPlaces: readonly Place[] = [
  { countryCode: 'DE', city: 'Berlin', ipPrefix: '85.214', weight: 40 },
  { countryCode: 'DE', city: 'Munich', ipPrefix: '91.64', weight: 20 },
  { countryCode: 'DE', city: 'Hamburg', ipPrefix: '62.153', weight: 15 },
  { countryCode: 'DE', city: 'Frankfurt', ipPrefix: '84.128', weight: 10 },
  { countryCode: 'FR', city: 'Paris', ipPrefix: '90.84', weight: 5 },
  { countryCode: 'PL', city: 'Warsaw', ipPrefix: '83.24', weight: 5 },
  { countryCode: 'NL', city: 'Amsterdam', ipPrefix: '145.53', weight: 5 },
];

export const appPlaces: readonly Place[] = [
  { countryCode: 'DE', city: 'Frankfurt', ipPrefix: '20.79', weight: 60 },
  { countryCode: 'NL', city: 'Amsterdam', ipPrefix: '20.61', weight: 40 },
];

export const subprocessorPlaces: readonly Place[] = [
  { countryCode: 'IE', city: 'Dublin', ipPrefix: '40.112', weight: 60 },
  { countryCode: 'DE', city: 'Berlin', ipPrefix: '87.138', weight: 40 },
];

export const sites: readonly string[] = ['finance', 'legal', 'hr', 'sales', 'engineering', 'board'];
export const documents: readonly string[] = [
  'Budget-2025.xlsx',
  'Contract-Draft.docx',
  'Quarterly-Review.pptx',
  'Payroll.csv',
  'Roadmap.docx',
  'Minutes.docx',
];
export const teams: readonly string[] = [
  'Sales DACH',
  'Engineering',
  'Leadership',
  'Finance',
  'IT Ops',
];
