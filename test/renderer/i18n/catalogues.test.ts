import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { pickLanguage, resources, supportedLanguages } from '../../../renderer/src/i18n/i18n';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a catalogue as `namespace:path.to.key` → text. */
function leaves(tree: Tree, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const catalogues = new Map(
  supportedLanguages.map((language) => {
    const all = new Map<string, string>();
    for (const [ns, tree] of Object.entries(resources[language])) {
      for (const [key, text] of leaves(tree, '')) all.set(`${ns}:${key}`, text);
    }
    return [language, all] as const;
  }),
);

describe('translation catalogues', () => {
  const english = catalogues.get('en') ?? new Map<string, string>();

  it('English has keys', () => {
    expect(english.size).toBeGreaterThan(20);
  });

  for (const language of supportedLanguages) {
    const catalogue = catalogues.get(language) ?? new Map<string, string>();

    it(`${language} has exactly the English keys`, () => {
      const missing = [...english.keys()].filter((key) => !catalogue.has(key));
      const extra = [...catalogue.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${language} has no empty text and keeps every placeholder`, () => {
      for (const [key, text] of catalogue) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
      }
    });
  }
});

describe('pickLanguage', () => {
  it('takes the first shipped language among the preferred ones', () => {
    expect(pickLanguage(['de-AT', 'en-US'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

// Text a person reads must come from the catalogues: JSX text and the attributes screen
// readers and tooltips speak, written as literals with letters in them, bypass t().
const spokenAttributes = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.tsx')
        ? [join(dir, entry.name)]
        : [],
  );
}

function untranslatedText(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, literal: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1} "${literal.trim()}"`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    if (
      ts.isJsxAttribute(node) &&
      spokenAttributes.has(node.name.getText(source)) &&
      node.initializer !== undefined &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      report(node, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the renderer source', () => {
  it('has no user-visible text outside the catalogues', () => {
    const found = sourceFiles('renderer/src').flatMap((file) =>
      untranslatedText(file, readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('is checked by a scan that does find literals', () => {
    const sample = `export const A = () => (
      <p title="Hello">
        {t('x')} Headline figures <span aria-label="Close">·</span> {' '}
      </p>
    );`;
    expect(untranslatedText('sample.tsx', sample)).toEqual([
      'sample.tsx:2 "Hello"',
      'sample.tsx:3 "Headline figures"',
      'sample.tsx:3 "Close"',
    ]);
  });
});
