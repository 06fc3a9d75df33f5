// `npm run harness`: the built renderer in any browser, on the embedded demo provider (plus
// --provider-url URL --token T as the active connection), until Ctrl+C.
import { parseArgs } from 'node:util';
import { startHarness } from './host';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'provider-url': { type: 'string' },
    token: { type: 'string' },
  },
});

const harness = await startHarness({
  ...(values.data === undefined ? {} : { dataDir: values.data }),
  ...(values['provider-url'] === undefined ? {} : { providerUrl: values['provider-url'] }),
  ...(values.token === undefined ? {} : { token: values.token }),
});

console.log(`Harness: ${harness.url}`);
console.log(`Embedded provider: ${harness.provider.url}`);
console.log(`admin token: ${harness.provider.tokens.admin}`);
console.log('Press Ctrl+C to stop.');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void harness.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
