import type { components } from '../../../shared/api/generated/provider-api';
import type { Random } from './prng';

type TransparencyReport = components['schemas']['TransparencyReport'];

/** The last six complete half-years before `asOf`, oldest first. */
export function buildTransparencyReport(rng: Random, asOf: Date): TransparencyReport {
  const year = asOf.getUTCFullYear();
  const half = asOf.getUTCMonth() < 6 ? 1 : 2;
  // Index of the current half-year; the report covers the six before it.
  const current = year * 2 + (half - 1);
  const periods = Array.from({ length: 6 }, (_, i) => {
    const index = current - 6 + i;
    const received = rng.int(2, 14);
    const rejected = rng.int(Math.floor(received / 3), Math.ceil((received * 2) / 3));
    const disclosedContent = rng.int(0, Math.min(1, received - rejected));
    const disclosedNonContent = rng.int(0, received - rejected - disclosedContent);
    return {
      period: `${String(Math.floor(index / 2))}-H${String((index % 2) + 1)}`,
      received,
      rejected,
      disclosedContent,
      disclosedNonContent,
    };
  });
  return { periods };
}
