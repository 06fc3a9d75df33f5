// Operating-system and office-suite settings of the demo catalogue. The wording follows what
// such products document about their diagnostic data levels and connected experiences.
import { enabled, nothingSent, toggle } from './settings-values';
import type { SettingDefinition } from './types';

export const operatingSystemSettings: readonly SettingDefinition[] = [
  {
    id: 'os.allow-telemetry',
    product: 'operating-system',
    title: 'Diagnostic data level (AllowTelemetry)',
    description: 'How much diagnostic data devices send to the provider.',
    values: [
      {
        value: '0',
        label: 'Off (security only)',
        sends: 'Only security data: malware-protection signatures and removal-tool results.',
        feeds: ['diagnostic'],
      },
      {
        value: '1',
        label: 'Required',
        sends: 'Device configuration, update and compatibility status, and basic error data.',
        feeds: ['diagnostic'],
      },
      {
        value: '3',
        label: 'Optional',
        sends:
          'Required data plus apps and features used, browsing, inking and typing, and full crash dumps.',
        feeds: ['diagnostic'],
      },
    ],
    defaultValue: '3',
    feeds: ['diagnostic'],
    enterpriseOnlyValues: ['0'],
  },
  {
    id: 'os.tailored-experiences',
    product: 'operating-system',
    title: 'Tailored experiences',
    description:
      'Lets the provider use diagnostic data for personalised tips, offers and recommendations.',
    values: toggle(
      nothingSent,
      'Diagnostic data is used to choose tips, ads and recommendations.',
      ['diagnostic'],
    ),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
  {
    id: 'os.advertising-id',
    product: 'operating-system',
    title: 'Advertising ID',
    description: 'A per-user identifier apps can read to personalise ads across apps.',
    values: toggle(
      'No advertising identifier is available to apps.',
      'Apps read a stable advertising ID and may send it to ad networks.',
      ['diagnostic'],
    ),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
  {
    id: 'os.activity-history-upload',
    product: 'operating-system',
    title: 'Upload activity history',
    description:
      'Sends the apps, files and sites a user opened so the timeline follows them across devices.',
    values: toggle(
      'Activity history stays on the device.',
      'Opened apps, documents and sites are uploaded to the cloud.',
      ['customer'],
    ),
    defaultValue: '1',
    feeds: ['customer'],
  },
  {
    id: 'os.inking-typing-personalization',
    product: 'operating-system',
    title: 'Improve inking and typing',
    description: 'Sends samples of handwriting and typed words to improve recognition.',
    values: toggle(
      nothingSent,
      'Samples of inking and typing are sent with optional diagnostic data.',
      ['diagnostic'],
    ),
    defaultValue: '1',
    feeds: ['diagnostic'],
  },
  {
    id: 'os.feedback-frequency',
    product: 'operating-system',
    title: 'Feedback frequency',
    description: 'How often the system asks users for feedback.',
    values: [
      { value: 'never', label: 'Never', sends: 'No feedback prompts are shown.', feeds: [] },
      {
        value: 'automatic',
        label: 'Automatic',
        sends: 'Prompts appear when the provider asks; answers are sent with device data.',
        feeds: ['diagnostic'],
      },
      {
        value: 'weekly',
        label: 'Once a week',
        sends: 'A weekly prompt; answers are sent with device data.',
        feeds: ['diagnostic'],
      },
    ],
    defaultValue: 'automatic',
    feeds: ['diagnostic'],
  },
  {
    id: 'os.error-reporting',
    product: 'operating-system',
    title: 'Error reporting',
    description: 'What is sent when an app or the system crashes.',
    values: [
      { value: 'off', label: 'Off', sends: 'No crash reports are sent.', feeds: [] },
      {
        value: 'parameters',
        label: 'Parameters only',
        sends: 'The crash signature: app, version, module and offset.',
        feeds: ['diagnostic'],
      },
      {
        value: 'full',
        label: 'Full',
        sends: 'The crash signature and a memory dump that may contain document content.',
        feeds: ['customer', 'diagnostic'],
      },
    ],
    defaultValue: 'full',
    feeds: ['customer', 'diagnostic'],
  },
  {
    id: 'os.location-services',
    product: 'operating-system',
    title: 'Location services',
    description:
      "Lets the device and apps determine its location with the provider's location service.",
    values: toggle(
      'Location is not determined.',
      "Nearby Wi-Fi and cell identifiers are sent to resolve the device's location.",
      ['customer'],
    ),
    defaultValue: '1',
    feeds: ['customer'],
  },
  {
    id: 'os.online-speech-recognition',
    product: 'operating-system',
    title: 'Online speech recognition',
    description: 'Uses the cloud speech service for dictation and voice commands.',
    values: toggle(
      'Only on-device speech recognition is used.',
      'Voice clips are sent to the cloud speech service.',
      ['customer'],
    ),
    defaultValue: '0',
    feeds: ['customer'],
  },
  {
    id: 'os.limit-dump-collection',
    product: 'operating-system',
    title: 'Limit crash dump collection',
    description: 'Restricts optional diagnostic data to small crash dumps.',
    values: toggle(
      'Full memory dumps may be collected.',
      'Only small dumps without heap memory are collected.',
      ['diagnostic'],
      ['diagnostic'],
    ),
    defaultValue: '0',
    feeds: ['diagnostic'],
  },
  {
    id: 'os.cloud-clipboard',
    product: 'operating-system',
    title: 'Clipboard sync across devices',
    description: 'Synchronises clipboard history through the cloud.',
    values: toggle(
      'The clipboard stays on the device.',
      "Copied text and images are uploaded and synced to the user's devices.",
      ['customer'],
    ),
    defaultValue: '0',
    feeds: ['customer'],
  },
];

export const officeSuiteSettings: readonly SettingDefinition[] = [
  {
    id: 'office.client-diagnostic-level',
    product: 'office-suite',
    title: 'Client diagnostic data level',
    description: 'How much diagnostic data the office apps send.',
    values: [
      {
        value: 'required',
        label: 'Required',
        sends:
          'The minimum to keep apps secure, up to date and working: versions, errors, add-in health.',
        feeds: ['diagnostic'],
      },
      {
        value: 'optional',
        label: 'Optional',
        sends: 'Required data plus feature usage and performance detail.',
        feeds: ['diagnostic'],
      },
      {
        value: 'neither',
        label: 'Neither',
        sends: 'No diagnostic data except essential service data.',
        feeds: ['service-generated'],
      },
    ],
    defaultValue: 'optional',
    feeds: ['diagnostic', 'service-generated'],
  },
  {
    id: 'office.connected-experiences-analyze-content',
    product: 'office-suite',
    title: 'Connected experiences that analyse content',
    description:
      'Cloud features that read document content, such as design suggestions, translation and dictation.',
    values: enabled(nothingSent, 'Document content is sent to the cloud service for analysis.', [
      'customer',
    ]),
    defaultValue: 'enabled',
    feeds: ['customer'],
  },
  {
    id: 'office.connected-experiences-download-content',
    product: 'office-suite',
    title: 'Connected experiences that download online content',
    description:
      'Features that fetch online content, such as templates, stock images and map charts.',
    values: enabled(nothingSent, 'Search terms and the requested content types are sent.', [
      'service-generated',
    ]),
    defaultValue: 'enabled',
    feeds: ['service-generated'],
  },
  {
    id: 'office.optional-connected-experiences',
    product: 'office-suite',
    title: 'Optional connected experiences',
    description:
      'Optional cloud features offered under separate consumer terms (e.g. online video, maps).',
    values: enabled(
      nothingSent,
      'Feature requests and content are sent to optional third-party-backed services.',
      ['customer', 'service-generated'],
    ),
    defaultValue: 'enabled',
    feeds: ['customer', 'service-generated'],
  },
  {
    id: 'office.all-connected-experiences',
    product: 'office-suite',
    title: 'All connected experiences',
    description: 'Master switch for every connected experience except essential services.',
    values: enabled(
      'Only essential services (licensing, sign-in, sync) talk to the cloud.',
      'Connected experiences follow their individual settings.',
      ['customer', 'service-generated'],
      ['service-generated'],
    ),
    defaultValue: 'enabled',
    feeds: ['customer', 'service-generated'],
  },
  {
    id: 'office.send-feedback',
    product: 'office-suite',
    title: 'Send feedback',
    description: 'Lets users send feedback to the provider from the apps.',
    values: enabled(nothingSent, "The user's comment, app version and device details.", [
      'diagnostic',
    ]),
    defaultValue: 'enabled',
    feeds: ['diagnostic'],
  },
  {
    id: 'office.surveys',
    product: 'office-suite',
    title: 'In-product surveys',
    description: 'Shows short satisfaction surveys in the apps.',
    values: enabled(nothingSent, 'Survey answers with app and device details.', ['diagnostic']),
    defaultValue: 'enabled',
    feeds: ['diagnostic'],
  },
  {
    id: 'office.feedback-screenshots',
    product: 'office-suite',
    title: 'Include screenshots with feedback',
    description: 'Lets users attach screenshots and files to feedback.',
    values: enabled(
      'Feedback is text only.',
      'Screenshots and attachments, which may show document content.',
      ['customer', 'diagnostic'],
    ),
    defaultValue: 'enabled',
    feeds: ['customer', 'diagnostic'],
  },
  {
    id: 'office.feedback-email',
    product: 'office-suite',
    title: 'Allow contact email with feedback',
    description: 'Lets users add their email address so the provider can follow up.',
    values: enabled(
      'Feedback is sent without contact details.',
      "The user's email address is attached to feedback.",
      ['diagnostic'],
    ),
    defaultValue: 'enabled',
    feeds: ['diagnostic'],
  },
  {
    id: 'office.crash-reports',
    product: 'office-suite',
    title: 'Crash reports',
    description: 'Whether app crashes are reported to the provider.',
    values: [
      { value: 'never', label: 'Never', sends: 'No crash reports are sent.', feeds: [] },
      {
        value: 'ask',
        label: 'Ask the user',
        sends: 'A crash report is sent when the user agrees.',
        feeds: ['diagnostic'],
      },
      {
        value: 'always',
        label: 'Always',
        sends: 'Crash signature and memory dump are sent automatically.',
        feeds: ['customer', 'diagnostic'],
      },
    ],
    defaultValue: 'always',
    feeds: ['customer', 'diagnostic'],
  },
  {
    id: 'office.linkedin-features',
    product: 'office-suite',
    title: 'Professional network features',
    description: 'Shows professional-network profiles in the apps.',
    values: enabled(
      nothingSent,
      'Names and email addresses of people viewed are looked up on the network.',
      ['customer'],
    ),
    defaultValue: 'enabled',
    feeds: ['customer'],
  },
  {
    id: 'office.ceip',
    product: 'office-suite',
    title: 'Customer experience improvement program',
    description: 'Legacy usage-data program of older app versions.',
    values: enabled(nothingSent, 'Anonymous feature-usage statistics.', ['diagnostic']),
    defaultValue: 'disabled',
    feeds: ['diagnostic'],
  },
];
