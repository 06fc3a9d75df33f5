// A worker thread that tries to connect; offline.test.ts checks the network trap catches it.
try {
  await fetch('http://127.0.0.1:9/');
} catch {
  // Trapped (or refused): either way the attempt is what the test looks for.
}
export {};
