import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app:// in the shell and from loopback HTTP in the test harness,
// so every asset URL is relative and the HTML carries no inline script (CSP script-src 'self').
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be bundled, not inlined, but Chromium needs none: keep the output lean.
    modulePreload: { polyfill: false },
    target: 'chrome130',
  },
});
