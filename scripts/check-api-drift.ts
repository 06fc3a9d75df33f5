// `npm run check:api`: fails when shared/api/generated/provider-api.ts is not what
// `npm run gen:api` would produce from shared/api/openapi.yaml right now, or when the document
// itself is broken (not OpenAPI 3.1, a $ref that does not resolve). Generation mirrors the
// gen:api script exactly: openapi-typescript's output with its banner, then prettier as the
// `prettier --write` CLI would apply it (which honours .prettierignore).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '..');
export const defaultDocPath = resolve(repoRoot, 'shared/api/openapi.yaml');
export const defaultGeneratedPath = resolve(repoRoot, 'shared/api/generated/provider-api.ts');

export type DriftResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Structural problems of an OpenAPI document: version and unresolvable local $refs. */
export function validateDocument(doc: unknown): string[] {
  if (doc === null || typeof doc !== 'object') return ['document is not an object'];
  const problems: string[] = [];
  const version = (doc as { openapi?: unknown }).openapi;
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
    problems.push(`openapi must be 3.1.x, found ${JSON.stringify(version)}`);
  }
  const resolves = (ref: string): boolean => {
    let node: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      if (node === null || typeof node !== 'object' || !(key in node)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${where}/${String(i)}`);
      });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith('#/')) problems.push(`${where}: external $ref ${value} not allowed`);
        else if (!resolves(value)) problems.push(`${where}: $ref ${value} does not resolve`);
      } else {
        walk(value, `${where}/${key}`);
      }
    }
  };
  walk(doc, '#');
  return problems;
}

/** Formats like `prettier --write <outputPath>` would (nothing when the path is ignored). */
export async function formatLikeCli(source: string, outputPath: string): Promise<string> {
  const info = await prettier.getFileInfo(outputPath, {
    ignorePath: [resolve(repoRoot, '.gitignore'), resolve(repoRoot, '.prettierignore')],
  });
  if (info.ignored) return source;
  const options = await prettier.resolveConfig(outputPath);
  return prettier.format(source, { ...options, filepath: outputPath });
}

/** What gen:api would write to `outputPath` for the document text `docText`. */
export async function generateTypes(docText: string, outputPath: string): Promise<string> {
  const problems = validateDocument(parse(docText));
  if (problems.length > 0) throw new Error(`Invalid OpenAPI document:\n  ${problems.join('\n  ')}`);
  const ast = await openapiTS(docText, { silent: true });
  return formatLikeCli(`${COMMENT_HEADER}${astToString(ast)}`, outputPath);
}

/** Compares committed and regenerated text; the message names the file and the first diff. */
export function compareGenerated(
  committed: string,
  regenerated: string,
  file: string,
): DriftResult {
  if (committed === regenerated) return { ok: true };
  const a = committed.split('\n');
  const b = regenerated.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return {
    ok: false,
    message:
      `${file} is out of date with the OpenAPI document (first difference at line ` +
      `${String(line + 1)}).\n  committed:   ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
      `  regenerated: ${JSON.stringify(b[line] ?? '<end of file>')}\nRun \`npm run gen:api\`.`,
  };
}

export async function checkApiDrift(
  docPath = defaultDocPath,
  generatedPath = defaultGeneratedPath,
): Promise<DriftResult> {
  const docText = await readFile(docPath, 'utf8');
  let regenerated: string;
  try {
    regenerated = await generateTypes(docText, generatedPath);
  } catch (err) {
    return {
      ok: false,
      message: `${docPath}: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  let committed: string;
  try {
    committed = await readFile(generatedPath, 'utf8');
  } catch {
    return { ok: false, message: `${generatedPath} is missing. Run \`npm run gen:api\`.` };
  }
  return compareGenerated(committed, regenerated, generatedPath);
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = await checkApiDrift();
  if (result.ok) {
    console.log('API types are up to date with shared/api/openapi.yaml.');
  } else {
    console.error(result.message);
    process.exitCode = 1;
  }
}
