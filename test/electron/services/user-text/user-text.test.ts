import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import {
  setUserTextLanguage,
  userText,
  userTexts,
} from '../../../../electron/services/user-text/user-text';
import { supportedLanguages } from '../../../../shared/i18n/languages';

type Text = string | ((...args: string[]) => string);
interface Tree {
  readonly [key: string]: Text | Tree;
}

/** Every text of a catalogue as `group.key` → text or wording function. */
function leaves(tree: Tree, prefix = ''): Map<string, Text> {
  const out = new Map<string, Text>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const catalogues = new Map(
  supportedLanguages.map((language) => [language, leaves(userTexts[language] as unknown as Tree)]),
);
const english = catalogues.get('en') ?? new Map<string, Text>();

/** Distinct markers for a function's arguments, so a test can see which ones a text shows. */
const sampleArgs = (count: number) => Array.from({ length: count }, (_, i) => `‹arg${i}›`);

/** Worded with sample arguments: a function with English's arity, a plain text as it is. */
function worded(text: Text, arity: number): string {
  return typeof text === 'string' ? text : text(...sampleArgs(arity));
}

/**
 * Arguments a language leaves out on purpose: English phrases for support ("a settings page"),
 * and the domain's English sentence that English shows as it is (files.notJson and the like).
 */
const leftOut: Readonly<Record<string, readonly number[]>> = {
  'provider.unreadable': [0],
  'provider.unreadableDetail': [0],
  'provider.tooManyPages': [0],
  'provider.tooManyToCount': [0],
  'files.notWritten': [0],
  'files.notJson': [0],
  'files.notValid': [0],
  'files.otherTenant': [0],
  'files.tampered': [0],
  'files.signedWithOtherKey': [0],
  'files.signatureInvalid': [0],
  'files.notWhatWasSigned': [0],
  'files.signedForOtherTenant': [0],
  'files.signedForOtherAuthor': [0],
};

describe('main-side message catalogues', () => {
  it('English has texts in every group', () => {
    expect(english.size).toBeGreaterThan(80);
  });

  for (const language of supportedLanguages) {
    const catalogue = catalogues.get(language) ?? new Map<string, Text>();

    it(`${language} has exactly the English keys, each a text or a wording like English's`, () => {
      const missing = [...english.keys()].filter((key) => !catalogue.has(key));
      const extra = [...catalogue.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      for (const [key, text] of catalogue) {
        expect(typeof text, key).toBe(typeof english.get(key));
      }
    });

    it(`${language} words every text, with every argument English shows`, () => {
      for (const [key, source] of english) {
        const text = catalogue.get(key) ?? '';
        const arity = typeof source === 'function' ? source.length : 0;
        const said = worded(text, arity);
        expect(said.trim(), key).not.toBe('');
        expect(said, key).not.toMatch(/undefined|\[object /);
        if (language !== 'en')
          expect(said, `${key} is not translated`).not.toBe(worded(source, arity));
        const shown = sampleArgs(arity).filter((arg) => worded(source, arity).includes(arg));
        for (const arg of shown) {
          if (leftOut[key]?.includes(Number(arg.replace(/\D/g, ''))) === true) continue;
          expect(said, `${key} drops ${arg}`).toContain(arg);
        }
      }
    });
  }
});

describe('setUserTextLanguage', () => {
  afterEach(() => {
    setUserTextLanguage(() => 'en');
  });

  it('is English until main says otherwise', () => {
    expect(userText()).toBe(userTexts.en);
  });

  it('reads the language each time a text is made, so a change applies to the next one', () => {
    let chosen: 'en' | 'de' = 'de';
    setUserTextLanguage(() => chosen);
    expect(userText().connections.noSuchConnection).toBe('Diese Verbindung gibt es nicht.');
    chosen = 'en';
    expect(userText().connections.noSuchConnection).toBe('There is no such connection.');
  });
});

// A message a channel answers with must come from the catalogue: an English literal in
// `new ServiceError(code, '…')` would reach a German user as English.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function literalText(node: ts.Expression): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  return '';
}

function literalServiceErrors(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isNewExpression(node) &&
      node.expression.getText(source) === 'ServiceError' &&
      node.arguments?.[1] !== undefined &&
      /\p{L}/u.test(literalText(node.arguments[1]))
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the main-side source', () => {
  it('words every ServiceError through the catalogue', () => {
    const found = sourceFiles('electron').flatMap((file) =>
      literalServiceErrors(file, readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('is checked by a scan that does find literals', () => {
    const sample = [
      "throw new ServiceError('not_found', 'There is no such case.');",
      'throw new ServiceError(code, `Case ${id} is gone.`);',
      'throw new ServiceError(code, `${words.gone}${suffix}`);',
      'throw new ServiceError(code, userText().logs.noSuchCase);',
    ].join('\n');
    expect(literalServiceErrors('sample.ts', sample)).toEqual(['sample.ts:1', 'sample.ts:2']);
  });
});
