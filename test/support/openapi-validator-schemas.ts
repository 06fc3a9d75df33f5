// Loads shared/api/openapi.yaml once and compiles its schemas with ajv (JSON Schema 2020-12,
// the dialect OpenAPI 3.1 uses). Component schemas are registered under one $id so that any
// schema of the document (a component, or an inline response schema) compiles on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { z } from 'zod';
import type { components } from '../../shared/api/generated/provider-api';

export type SchemaName = keyof components['schemas'];
export type ValidationResult = { valid: true } | { valid: false; errors: string };

export const openApiPath = fileURLToPath(new URL('../../shared/api/openapi.yaml', import.meta.url));

const refSchema = z.object({ $ref: z.string() });
const headerSchema = z.looseObject({ required: z.boolean().optional(), schema: z.unknown() });
const responseSchema = z.looseObject({
  description: z.string(),
  headers: z.record(z.string(), z.union([refSchema, headerSchema])).optional(),
  content: z.record(z.string(), z.looseObject({ schema: z.unknown() })).optional(),
});
const operationSchema = z.looseObject({
  responses: z.record(z.string(), z.union([refSchema, responseSchema])),
});
const documentSchema = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/, 'must be an OpenAPI 3.1.x document'),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({
    schemas: z.record(z.string(), z.unknown()),
    responses: z.record(z.string(), responseSchema).optional(),
    headers: z.record(z.string(), headerSchema).optional(),
  }),
});

export type OpenApiDocument = z.infer<typeof documentSchema>;
export type OpenApiOperation = z.infer<typeof operationSchema>;
export type OpenApiResponse = z.infer<typeof responseSchema>;
export type OpenApiHeader = z.infer<typeof headerSchema>;

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const SCHEMAS_ID = 'https://pcc.invalid/provider-api/schemas.json';
const COMPONENT_REF = '#/components/schemas/';

/** Rewrites `#/components/schemas/X` refs to the registered `$defs` document. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)
        ? [key, `${SCHEMAS_ID}#/$defs/${value.slice(COMPONENT_REF.length)}`]
        : [key, rewriteRefs(value)],
    ),
  );
}

export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const where = e.instancePath === '' ? '(root)' : e.instancePath;
      const extra =
        e.keyword === 'additionalProperties'
          ? ` ('${String((e.params as { additionalProperty?: unknown }).additionalProperty)}')`
          : e.keyword === 'enum'
            ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
            : '';
      return `${where} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}

export interface CompiledDocument {
  readonly document: OpenApiDocument;
  /** A validator for any schema taken from the document (refs may point at components). */
  compile(schema: unknown): ValidateFunction;
  /** Validates a value against a named component schema. */
  validateSchema(name: SchemaName, value: unknown): ValidationResult;
  /** Resolves a local `#/components/...` reference inside the document. */
  resolveRef(ref: string): unknown;
}

export function compileDocument(raw: unknown): CompiledDocument {
  const document = documentSchema.parse(raw);
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(document.components.schemas) });
  const cache = new Map<unknown, ValidateFunction>();
  const compile = (schema: unknown): ValidateFunction => {
    let fn = cache.get(schema);
    if (!fn) {
      fn = ajv.compile(rewriteRefs(schema) as object);
      cache.set(schema, fn);
    }
    return fn;
  };
  const resolveRef = (ref: string): unknown => {
    if (!ref.startsWith('#/')) throw new Error(`Only local refs are supported: ${ref}`);
    let node: unknown = document;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
      if (node === null || typeof node !== 'object' || !(key in node)) {
        throw new Error(`Unresolvable $ref ${ref}`);
      }
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
  const validateSchema = (name: SchemaName, value: unknown): ValidationResult => {
    if (!(name in document.components.schemas)) throw new Error(`No schema named ${name}`);
    const fn = compile({ $ref: `${COMPONENT_REF}${name}` });
    return fn(value) ? { valid: true } : { valid: false, errors: formatAjvErrors(fn.errors) };
  };
  return { document, compile, validateSchema, resolveRef };
}

let loaded: CompiledDocument | undefined;

/** The project's provider API document, compiled once per process. */
export function providerApi(): CompiledDocument {
  loaded ??= compileDocument(parse(readFileSync(openApiPath, 'utf8')));
  return loaded;
}

/** Validates a value against a component schema of the provider API document. */
export function validateSchema(name: SchemaName, value: unknown): ValidationResult {
  return providerApi().validateSchema(name, value);
}

export function parseOperation(raw: unknown): OpenApiOperation {
  return operationSchema.parse(raw);
}

export function parseResponse(raw: unknown): OpenApiResponse {
  return responseSchema.parse(raw);
}

export function parseHeader(raw: unknown): OpenApiHeader {
  return headerSchema.parse(raw);
}
