// Debian's Chromium, shared by the Playwright config and the overview bench.
export const chromiumPath = process.env.PCC_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
