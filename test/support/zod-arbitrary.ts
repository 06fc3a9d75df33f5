// Valid values for a zod schema, as fast-check arbitraries, so property tests can cover
// every IPC channel without a hand-written example each. Types it does not know make the
// test fail with the type's name: extend it when a new schema shape arrives.
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface Check {
  readonly check: string;
  readonly [key: string]: unknown;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Check[] {
  const checks = (def.checks ?? []) as { _zod: { def: Check } }[];
  return checks.map((check) => check._zod.def);
}

function lengthBounds(checks: readonly Check[]): { minLength?: number; maxLength?: number } {
  const bounds: { minLength?: number; maxLength?: number } = {};
  for (const check of checks) {
    if (check.check === 'min_length') bounds.minLength = check.minimum as number;
    if (check.check === 'max_length') bounds.maxLength = check.maximum as number;
    if (check.check === 'length_equals') {
      bounds.minLength = check.length as number;
      bounds.maxLength = check.length as number;
    }
  }
  return bounds;
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const format = (def.format ?? null) as string | null;
  const checks = checksOf(def);
  const regex = checks.find((check) => check.format === 'regex')?.pattern as RegExp | undefined;
  if (regex) {
    // A pattern may come with length checks too (a pasted token: printable and >= 8 long).
    const { minLength = 0, maxLength = Number.MAX_SAFE_INTEGER } = lengthBounds(checks);
    return fc
      .stringMatching(regex)
      .map((text) =>
        text.length < minLength
          ? text.repeat(Math.ceil(minLength / Math.max(text.length, 1)))
          : text,
      )
      .filter((text) => text.length >= minLength && text.length <= maxLength);
  }
  switch (format) {
    case null: {
      const bounds = lengthBounds(checks);
      const text = fc.string({ ...bounds, maxLength: bounds.maxLength ?? 64 });
      // `.trim()` is an overwrite step that runs before the length checks: "  " is too short.
      const trims = checks.some((check) => check.check === 'overwrite');
      return trims ? text.filter((value) => value.trim().length >= (bounds.minLength ?? 0)) : text;
    }
    case 'url':
      return fc.webUrl();
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'datetime':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    default:
      throw new Error(`zod-arbitrary: no generator for string format "${format}"`);
  }
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'number_format') integer = String(check.format).includes('int');
    if (check.check === 'greater_than') min = (check.value as number) + (check.inclusive ? 0 : 1);
    if (check.check === 'less_than') max = (check.value as number) - (check.inclusive ? 0 : 1);
  }
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function validValue(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shaped = shapedValue(schema);
  // A `.refine` rule (say "to after from") cannot be read from the schema, only asked.
  const refined = checksOf(defOf(schema)).some((check) => check.check === 'custom');
  return refined ? shaped.filter((value) => schema.safeParse(value).success) : shaped;
}

function shapedValue(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'undefined':
      return fc.constant(undefined);
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return fc.option(validValue(def.innerType as z.ZodType), { nil: undefined });
    case 'nullable':
      return fc.option(validValue(def.innerType as z.ZodType), { nil: null });
    case 'default':
      return validValue(def.innerType as z.ZodType);
    case 'nonoptional':
      // `.required()` over an optional key: the inner value, never absent.
      return validValue(def.innerType as z.ZodType).filter((value) => value !== undefined);
    case 'array':
      return fc.array(validValue(def.element as z.ZodType), {
        ...lengthBounds(checksOf(def)),
        maxLength: Math.min(lengthBounds(checksOf(def)).maxLength ?? 5, 5),
      });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => validValue(option)));
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.fromEntries(
        Object.entries(shape).map(([key, inner]) => [key, validValue(inner)]),
      );
      // Optional keys may be absent as well as undefined.
      return fc.record(entries, {
        requiredKeys: Object.keys(shape).filter((key) => defOf(shape[key]).type !== 'optional'),
      });
    }
    case 'record':
      return fc.dictionary(
        validValue(def.keyType as z.ZodType) as fc.Arbitrary<string>,
        validValue(def.valueType as z.ZodType),
        { maxKeys: 4 },
      );
    default:
      throw new Error(`zod-arbitrary: no generator for zod type "${def.type}"`);
  }
}

/** The keys a strict object schema accepts, or null when the schema is not an object. */
export function objectKeys(schema: z.ZodType): readonly string[] | null {
  const def = defOf(schema);
  return def.type === 'object' ? Object.keys(def.shape as object) : null;
}
