export const bridgeScriptPath = '/__harness/pcc-bridge.js';

/**
 * Puts the bridge script before the app's module script. A classic script runs as soon as it
 * is parsed, and module scripts run after parsing, so `window.pcc` exists when the app boots,
 * as it does with a preload.
 */
export function injectBridgeScript(html: string): string {
  const tag = `<script src="${bridgeScriptPath}"></script>`;
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0)
    return `${html.slice(0, firstScript)}${tag}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) throw new Error('The renderer index.html has neither a script nor a </head>.');
  return `${html.slice(0, headEnd)}${tag}\n${html.slice(headEnd)}`;
}
