// `npm run harness`: the built renderer in any browser, on the embedded demo provider (plus
// --provider-url URL --token T as the active connection), until Ctrl+C.
//
// Tests run it as a child process too (to kill it mid-push and start it again on the same
// --data folder); they read the one `harness-ready {json}` line it prints once it listens.
import { parseArgs } from 'node:util';
import { startHarness } from './host';

const roles = ['admin', 'helpdesk', 'auditor'] as const;
type Role = (typeof roles)[number];
const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'provider-url': { type: 'string' },
    token: { type: 'string' },
    /** Which of the embedded provider's role tokens the app uses (admin unless told). */
    role: { type: 'string' },
    /** Enables the embedded provider's fault injection (PUT /v1/_test/faults). */
    faults: { type: 'boolean' },
    /** Access events in a new demo tenant (default 200,000; tests use fewer). */
    'demo-events': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`harness: ${message}`);
  process.exit(2);
}

const role = values.role ?? 'admin';
if (!isRole(role)) fail(`--role must be one of ${roles.join(', ')}`);
const demoEvents = values['demo-events'] === undefined ? undefined : Number(values['demo-events']);
if (demoEvents !== undefined && (!Number.isInteger(demoEvents) || demoEvents < 1)) {
  fail('--demo-events must be a positive whole number');
}

const harness = await startHarness({
  ...(values.data === undefined ? {} : { dataDir: values.data }),
  ...(values['provider-url'] === undefined ? {} : { providerUrl: values['provider-url'] }),
  ...(values.token === undefined ? {} : { token: values.token }),
  embeddedRole: role,
  providerOptions: {
    ...(values.faults === true ? { faults: true } : {}),
    ...(demoEvents === undefined ? {} : { demo: { eventCount: demoEvents } }),
  },
});

console.log(`Harness: ${harness.url}`);
console.log(`Embedded provider: ${harness.provider.url}`);
for (const name of roles) console.log(`${name} token: ${harness.provider.tokens[name]}`);
console.log(
  `harness-ready ${JSON.stringify({
    url: harness.url,
    providerUrl: harness.provider.url,
    role,
    tokens: harness.provider.tokens,
  })}`,
);
console.log('Press Ctrl+C to stop.');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void harness.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
