// Browser, collaboration and tenant-wide settings of the demo catalogue.
import { enabled, nothingSent, toggle } from './settings-values';
import type { SettingDefinition } from './types';

export const browserSettings: readonly SettingDefinition[] = [
  {
    id: 'browser.diagnostic-data',
    product: 'browser',
    title: 'Browser diagnostic data',
    description: 'How much diagnostic data the browser sends.',
    values: [
      {
        value: '0',
        label: 'Off',
        sends: 'No diagnostic data (enterprise policy only).',
        feeds: [],
      },
      {
        value: '1',
        label: 'Required',
        sends: 'Browser version, settings state and crash signatures.',
        feeds: ['diagnostic'],
      },
      {
        value: '2',
        label: 'Optional',
        sends: "Required data plus features used, pages' performance and visited-site statistics.",
        feeds: ['diagnostic'],
      },
    ],
    defaultValue: '2',
    feeds: ['diagnostic'],
    enterpriseOnlyValues: ['0'],
  },
  {
    id: 'browser.personalization-reporting',
    product: 'browser',
    title: 'Personalise ads and web experience',
    description: 'Uses browsing history to personalise ads, news and search.',
    values: toggle(nothingSent, 'Browsing history is sent and linked to the signed-in account.', [
      'customer',
    ]),
    defaultValue: '1',
    feeds: ['customer'],
  },
  {
    id: 'browser.search-suggestions',
    product: 'browser',
    title: 'Search and site suggestions',
    description: 'Suggests searches and sites while the user types in the address bar.',
    values: toggle(
      'Suggestions come from local history only.',
      'Every keystroke in the address bar is sent to the search service.',
      ['service-generated'],
    ),
    defaultValue: '1',
    feeds: ['service-generated'],
  },
  {
    id: 'browser.enhanced-spellcheck',
    product: 'browser',
    title: 'Enhanced spell check',
    description: 'Cloud spelling and grammar checking of text typed into web pages.',
    values: toggle(
      'Only the local dictionary is used.',
      'Text typed into pages is sent to the cloud checker.',
      ['customer'],
    ),
    defaultValue: '0',
    feeds: ['customer'],
  },
  {
    id: 'browser.smartscreen',
    product: 'browser',
    title: 'Malicious site protection',
    description: "Checks sites and downloads against the provider's reputation service.",
    values: toggle(
      'Sites and downloads are not checked.',
      'URLs and file hashes of unknown sites and downloads are sent for checking.',
      ['service-generated'],
    ),
    defaultValue: '1',
    feeds: ['service-generated'],
  },
  {
    id: 'browser.shopping-assistant',
    product: 'browser',
    title: 'Shopping features',
    description: 'Offers coupons and price comparisons on shopping sites.',
    values: toggle(nothingSent, 'Product pages visited are sent to the shopping service.', [
      'customer',
    ]),
    defaultValue: '1',
    feeds: ['customer'],
  },
  {
    id: 'browser.network-prediction',
    product: 'browser',
    title: 'Preload pages',
    description: 'Predicts and preloads pages the user is likely to open.',
    values: toggle(
      'Pages load only when opened.',
      'Predicted pages are fetched in the background.',
      ['service-generated'],
    ),
    defaultValue: '1',
    feeds: ['service-generated'],
  },
  {
    id: 'browser.site-info-improvement',
    product: 'browser',
    title: 'Send site information to improve products',
    description: 'Shares information about sites visited to improve browser compatibility.',
    values: toggle(nothingSent, 'Visited site addresses and compatibility data.', ['diagnostic']),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
];

export const collaborationSettings: readonly SettingDefinition[] = [
  {
    id: 'chat.crash-error-reports',
    product: 'collaboration',
    title: 'Crash and error reports',
    description: 'Reports chat and meeting client crashes and errors.',
    values: toggle(
      'No crash or error reports are sent.',
      'Crash signatures, error logs and recent client logs.',
      ['diagnostic'],
    ),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
  {
    id: 'chat.client-diagnostic-level',
    product: 'collaboration',
    title: 'Client diagnostic data level',
    description: 'How much diagnostic data the chat and meetings client sends.',
    values: [
      {
        value: 'required',
        label: 'Required',
        sends: 'Client version, sign-in and call setup health.',
        feeds: ['diagnostic'],
      },
      {
        value: 'optional',
        label: 'Optional',
        sends: 'Required data plus feature usage and UI performance.',
        feeds: ['diagnostic'],
      },
    ],
    defaultValue: 'optional',
    feeds: ['diagnostic'],
  },
  {
    id: 'chat.call-quality-telemetry',
    product: 'collaboration',
    title: 'Call quality telemetry',
    description: 'Detail of network and device data collected for each call.',
    values: [
      {
        value: 'standard',
        label: 'Standard',
        sends: 'Jitter, packet loss and device type per call.',
        feeds: ['service-generated'],
      },
      {
        value: 'detailed',
        label: 'Detailed',
        sends: 'Standard data plus network path, IP subnets and device drivers.',
        feeds: ['service-generated'],
      },
    ],
    defaultValue: 'standard',
    feeds: ['service-generated'],
  },
  {
    id: 'chat.transcription-improvement',
    product: 'collaboration',
    title: 'Use meeting transcripts to improve speech models',
    description: 'Lets the provider sample transcripts and audio to train speech recognition.',
    values: toggle(
      nothingSent,
      'Sampled meeting audio and transcripts are reviewed to improve models.',
      ['customer'],
    ),
    defaultValue: '0',
    feeds: ['customer'],
  },
  {
    id: 'chat.usage-analytics',
    product: 'collaboration',
    title: 'Usage reports with user names',
    description: "Shows real user names in the tenant's usage reports.",
    values: toggle(
      'Reports show pseudonymised user identifiers.',
      'Reports show user names and activity counts.',
      ['service-generated'],
      ['service-generated'],
    ),
    defaultValue: '1',
    feeds: ['service-generated'],
  },
  {
    id: 'chat.feedback',
    product: 'collaboration',
    title: 'In-app feedback',
    description: 'Lets users rate calls and send feedback.',
    values: toggle(nothingSent, 'Call ratings and comments with client logs.', ['diagnostic']),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
  {
    id: 'chat.surveys',
    product: 'collaboration',
    title: 'Satisfaction surveys',
    description: 'Shows occasional satisfaction surveys in the client.',
    values: toggle(nothingSent, 'Survey answers with client version and usage summary.', [
      'diagnostic',
    ]),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
];

export const tenantSettings: readonly SettingDefinition[] = [
  {
    id: 'tenant.diagnostic-data-processor',
    product: 'tenant',
    title: 'Diagnostic data processor configuration',
    description:
      "Makes the provider a processor for the diagnostic data of the tenant's enrolled devices: the data is used only to run the services the tenant bought.",
    values: [
      {
        value: 'off',
        label: 'Off',
        sends: 'Diagnostic data is processed with the provider as controller.',
        feeds: ['diagnostic'],
      },
      {
        value: 'on',
        label: 'On',
        sends:
          'Diagnostic data is processed for the tenant only, under the data protection addendum.',
        feeds: ['diagnostic'],
      },
    ],
    defaultValue: 'off',
    feeds: ['diagnostic'],
  },
  {
    id: 'tenant.product-improvement-sharing',
    product: 'tenant',
    title: 'Share service-generated data for product improvement',
    description:
      "Allows aggregated service-generated data to be used to improve the provider's products.",
    values: enabled(nothingSent, 'Aggregated service logs and feature usage of the tenant.', [
      'service-generated',
    ]),
    defaultValue: 'enabled',
    feeds: ['service-generated'],
  },
  {
    id: 'tenant.report-pseudonymisation',
    product: 'tenant',
    title: 'Pseudonymise user details in reports',
    description: 'Replaces user names with identifiers in admin-centre reports.',
    values: enabled(
      'Reports show user names.',
      'Reports show pseudonymous identifiers.',
      ['service-generated'],
      ['service-generated'],
    ),
    defaultValue: 'disabled',
    feeds: ['service-generated'],
  },
  {
    id: 'tenant.support-data-retention',
    product: 'tenant',
    title: 'Support case data retention',
    description: 'How long files and logs shared with support engineers are kept.',
    values: [
      {
        value: '30',
        label: '30 days',
        sends: 'Support data is deleted 30 days after the case closes.',
        feeds: ['professional-services'],
      },
      {
        value: '90',
        label: '90 days',
        sends: 'Support data is deleted 90 days after the case closes.',
        feeds: ['professional-services'],
      },
      {
        value: '365',
        label: '1 year',
        sends: 'Support data is kept for a year after the case closes.',
        feeds: ['professional-services'],
      },
    ],
    defaultValue: '90',
    feeds: ['professional-services'],
  },
];
