/**
 * Exhaustiveness guard for discriminated unions: a `switch` that forgets a case stops compiling,
 * and a value that slips past the types (old persisted data, a newer provider) fails loudly.
 */
export function assertNever(value: never, context = 'value'): never {
  throw new Error(`Unexpected ${context}: ${JSON.stringify(value)}`);
}
