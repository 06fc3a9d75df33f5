import type { AccessEvent } from './types';

/*
 * Access events are serialised once each and cached (they never change), and paging the whole
 * 200k-event store is the hot path, so this writes the document's AccessEvent shape directly:
 * about twice as fast as generic JSON.stringify on the demo data and byte-identical to it.
 * Strings that need escaping (quotes, backslashes, control characters, lone surrogates,
 * U+2028/9) still go through JSON.stringify. Key order follows the OpenAPI schema, and only
 * documented fields are written, so a stray property can never leak into a response.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

const str = (value: string): string =>
  NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
const nullable = (value: string | null): string => (value === null ? 'null' : str(value));

export function accessEventJson(e: AccessEvent): string {
  return (
    `{"id":${str(e.id)},"time":${str(e.time)},"actor":${str(e.actor)},` +
    `"actorKind":${str(e.actorKind)},"category":${str(e.category)},` +
    `"resource":${str(e.resource)},"operation":${str(e.operation)},"purpose":${str(e.purpose)},` +
    `"justification":${nullable(e.justification)},"ticket":${nullable(e.ticket)},` +
    `"accessRequestId":${nullable(e.accessRequestId)},` +
    `"location":{"countryCode":${str(e.location.countryCode)},"city":${str(e.location.city)}},` +
    `"ip":${str(e.ip)},"result":${str(e.result)}}`
  );
}
