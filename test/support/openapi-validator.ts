// Checks real HTTP responses against shared/api/openapi.yaml: the path template, the method,
// the status, the media type, the required headers and the body schema must all be documented.
// Anything the document does not describe is a failure, so an undocumented status or a stray
// field cannot slip through a contract test.
import {
  type CompiledDocument,
  type OpenApiResponse,
  type ValidationResult,
  formatAjvErrors,
  httpMethods,
  parseHeader,
  parseOperation,
  parseResponse,
  providerApi,
} from './openapi-validator-schemas';

export { validateSchema, providerApi, type ValidationResult } from './openapi-validator-schemas';

export interface ResponseToValidate {
  readonly method: string;
  /** The actual request path, e.g. `/v1/settings/os.allow-telemetry` (a query is ignored). */
  readonly path: string;
  readonly status: number;
  /** Parsed JSON for JSON media types, text otherwise; undefined for an empty body. */
  readonly body: unknown;
  readonly contentType?: string | null;
  /** When given, every header the document marks required must be present. */
  readonly headers?: Headers;
}

interface PathTemplate {
  readonly template: string;
  readonly pattern: RegExp;
  readonly literalSegments: number;
}

const templateCache = new WeakMap<CompiledDocument, readonly PathTemplate[]>();

function templatesOf(api: CompiledDocument): readonly PathTemplate[] {
  let templates = templateCache.get(api);
  if (!templates) {
    templates = Object.keys(api.document.paths)
      .map((template) => {
        const segments = template.split('/');
        const source = segments
          .map((s) => (/^\{[^}]+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/');
        return {
          template,
          pattern: new RegExp(`^${source}$`),
          literalSegments: segments.filter((s) => !s.startsWith('{')).length,
        };
      })
      // A literal path (/v1/settings/history) wins over a template (/v1/settings/{id}).
      .sort((a, b) => b.literalSegments - a.literalSegments);
    templateCache.set(api, templates);
  }
  return templates;
}

/** Finds the documented path template for an actual request path, if any. */
export function matchPathTemplate(path: string, api = providerApi()): string | undefined {
  const pathname = path.split('?')[0] ?? path;
  return templatesOf(api).find((t) => t.pattern.test(pathname))?.template;
}

function deref(api: CompiledDocument, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 10; hops++) {
    if (current === null || typeof current !== 'object' || !('$ref' in current)) return current;
    const ref: unknown = current.$ref;
    if (typeof ref !== 'string') return current;
    current = api.resolveRef(ref);
  }
  throw new Error('Reference chain too long');
}

function findResponse(
  api: CompiledDocument,
  responses: Record<string, unknown>,
  status: number,
): OpenApiResponse | undefined {
  const raw =
    responses[String(status)] ?? responses[`${String(status)[0] ?? ''}XX`] ?? responses.default;
  return raw === undefined ? undefined : parseResponse(deref(api, raw));
}

function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  return media === '' ? undefined : media;
}

function checkHeaders(
  api: CompiledDocument,
  response: OpenApiResponse,
  headers: Headers,
): string[] {
  return Object.entries(response.headers ?? {}).flatMap(([name, rawHeader]) => {
    const header = parseHeader(deref(api, rawHeader));
    const value = headers.get(name);
    if (value === null) return header.required === true ? [`missing header ${name}`] : [];
    if (header.schema === undefined) return [];
    const fn = api.compile(header.schema);
    return fn(value) ? [] : [`header ${name}: ${formatAjvErrors(fn.errors)}`];
  });
}

export function validateResponse(
  input: ResponseToValidate,
  api: CompiledDocument = providerApi(),
): ValidationResult {
  const { status, body } = input;
  const method = input.method.toLowerCase();
  const where = `${input.method.toUpperCase()} ${input.path} -> ${String(status)}`;
  const fail = (message: string): ValidationResult => ({
    valid: false,
    errors: `${where}: ${message}`,
  });

  const template = matchPathTemplate(input.path, api);
  if (template === undefined) return fail('undocumented path');
  const pathItem = api.document.paths[template] ?? {};
  if (!(httpMethods as readonly string[]).includes(method) || pathItem[method] === undefined) {
    return fail(`method not documented for ${template}`);
  }
  const operation = parseOperation(pathItem[method]);
  const response = findResponse(api, operation.responses, status);
  if (!response) return fail(`status ${String(status)} not documented for ${template}`);

  const problems = input.headers ? checkHeaders(api, response, input.headers) : [];
  const content = response.content ?? {};
  if (Object.keys(content).length === 0) {
    if (body !== undefined && body !== '') problems.push('body present but none documented');
  } else {
    const media = mediaTypeOf(input.contentType);
    const entry = media === undefined ? undefined : content[media];
    if (media === undefined || entry === undefined) {
      problems.push(
        `content type ${media ?? '(none)'} not documented (expected ${Object.keys(content).join(', ')})`,
      );
    } else if (entry.schema !== undefined) {
      const fn = api.compile(entry.schema);
      if (!fn(body)) problems.push(`body ${formatAjvErrors(fn.errors)}`);
    }
  }
  return problems.length === 0 ? { valid: true } : fail(problems.join('; '));
}

export interface DocumentedResponse {
  readonly template: string;
  readonly method: string;
  readonly status: string;
  readonly mediaTypes: readonly string[];
}

/** Every (path, method, status) the document describes, with its media types. */
export function documentedResponses(api: CompiledDocument = providerApi()): DocumentedResponse[] {
  return Object.entries(api.document.paths).flatMap(([template, item]) =>
    httpMethods
      .filter((method) => item[method] !== undefined)
      .flatMap((method) =>
        Object.entries(parseOperation(item[method]).responses).map(([status, raw]) => ({
          template,
          method: method.toUpperCase(),
          status,
          mediaTypes: Object.keys(parseResponse(deref(api, raw)).content ?? {}),
        })),
      ),
  );
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.clone().text();
  if (text === '') return undefined;
  const media = mediaTypeOf(res.headers.get('content-type'));
  if (media === 'application/json' || media?.endsWith('+json') === true) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(`Response claims ${media} but its body is not JSON: ${text.slice(0, 200)}`);
    }
  }
  return text;
}

/**
 * Vitest helper: throws (failing the test) when the response does not match the document.
 * Reads a clone, so the caller can still consume the body. Returns the parsed body.
 */
export async function expectValidResponse(
  res: Response,
  method: string,
  options: { readonly path?: string } = {},
): Promise<unknown> {
  const path = options.path ?? (res.url === '' ? undefined : new URL(res.url).pathname);
  if (path === undefined) throw new Error('Response has no url: pass options.path');
  const body = await readBody(res);
  const result = validateResponse({
    method,
    path,
    status: res.status,
    body,
    contentType: res.headers.get('content-type'),
    headers: res.headers,
  });
  if (!result.valid)
    throw new Error(`Response does not match the OpenAPI document: ${result.errors}`);
  return body;
}
