import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import en from '../../shared/locales/en.json';
import zhCN from '../../shared/locales/zh-CN.json';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rendererSrc = join(root, 'renderer', 'src');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const locales = { 'zh-CN': flatten(zhCN), en: flatten(en) };

function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** i18next plural forms: `key_one`, `key_other` … are one key `key` with a form per count. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function baseKeys(map: Map<string, unknown>): Set<string> {
  return new Set([...map.keys()].map((k) => k.replace(PLURAL, '')));
}

describe('locale files', () => {
  it('have exactly the same keys in Chinese and English (plural forms counted as one)', () => {
    const zhKeys = baseKeys(locales['zh-CN']);
    const enKeys = baseKeys(locales.en);
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('give every plural its forms: English one and other, Chinese other (no plural forms)', () => {
    const plural = (map: Map<string, unknown>) =>
      [...map.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    for (const base of plural(locales.en)) {
      expect(locales.en.has(`${base}_one`) && locales.en.has(`${base}_other`), base).toBe(true);
      expect(locales['zh-CN'].has(`${base}_other`), base).toBe(true);
      expect(locales['zh-CN'].has(`${base}_one`), base).toBe(false);
      // A plain key beside its plural forms would never be used for a count.
      expect(locales.en.has(base) || locales['zh-CN'].has(base), base).toBe(false);
    }
    for (const base of plural(locales['zh-CN']))
      expect(locales.en.has(`${base}_other`), base).toBe(true);
  });

  it('have a non-empty string for every key', () => {
    for (const [lang, map] of Object.entries(locales)) {
      const bad = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('use the same interpolation placeholders in both languages', () => {
    const mismatched = [...locales['zh-CN']]
      .filter(([k, v]) => placeholders(v).join() !== placeholders(locales.en.get(k)).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('translate every error code', () => {
    for (const map of Object.values(locales)) {
      expect(
        ERROR_CODES.filter(
          (code) => !map.has(`errors.${code}`) && !map.has(`errors.${code}_other`),
        ),
      ).toEqual([]);
    }
  });

  it('name every action the services write to the audit trail', () => {
    // `action: 'score'`, `action: frozen ? 'new-version' : 'update'`, `log('import-create', …)`.
    const actions = new Set<string>();
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts')) {
          const source = readFileSync(path, 'utf8');
          for (const [, expression] of source.matchAll(/\baction:\s*([^,\n]+)/g)) {
            for (const [, name] of (expression ?? '').matchAll(/'([a-z]+(?:-[a-z]+)*)'/g)) {
              actions.add(name ?? '');
            }
          }
          for (const [, name] of source.matchAll(/\blog\(\s*'([a-z]+(?:-[a-z]+)*)'/g)) {
            actions.add(name ?? '');
          }
        }
      }
    };
    visit(join(root, 'electron', 'services'));
    // The scan must see the ones written in each style, or it proves nothing.
    for (const known of ['score', 'new-version', 'import-create', 'join', 'set-operator']) {
      expect(actions).toContain(known);
    }
    for (const map of Object.values(locales)) {
      expect([...actions].filter((action) => !map.has(`auditActions.${action}`))).toEqual([]);
    }
  });

  it('carry the keys of the Electron menu and name each language in itself', () => {
    const menu = ['file', 'quit', 'edit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']
      .concat(['view', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'toggleFullscreen'])
      .concat(['toggleDevTools', 'language', 'help', 'about'])
      .map((k) => `menu.${k}`);
    for (const map of Object.values(locales)) {
      expect(menu.filter((k) => !map.has(k))).toEqual([]);
      expect(map.get('language.zh-CN')).toBe('中文');
      expect(map.get('language.en')).toBe('English');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Untranslated text in the renderer. Parsed with the TypeScript compiler rather than a regex, so
// generics (`useState<Foo>`) and comparisons (`a > b`) are not mistaken for JSX.

const HAS_WORDS = /[\p{L}]/u;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** Attributes people read; a string literal in one of them is untranslated text. */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'aria-label',
  'aria-description',
  'label',
  'tooltip',
  'description',
  'content',
  'okText',
  'cancelText',
  'subTitle',
  'notFoundContent',
]);

function isStringLike(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** Every piece of user-visible text written into JSX instead of going through i18next. */
function findUntranslatedText(source: string, fileName = 'inline.tsx'): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${text.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text)) {
      report(node, node.text);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      isStringLike(node.expression) &&
      HAS_WORDS.test(node.expression.text)
    ) {
      report(node, node.expression.text);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literal =
        init && ts.isJsxExpression(init) && init.expression && isStringLike(init.expression)
          ? init.expression
          : init && ts.isStringLiteral(init)
            ? init
            : undefined;
      if (literal && HAS_WORDS.test(literal.text)) report(node, literal.text);
    } else if (isStringLike(node) && CJK.test(node.text)) {
      // Chinese belongs in zh-CN.json, whatever the string is used for.
      report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function rendererFiles(extensions: string[]): string[] {
  return readdirSync(rendererSrc, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((ext) => f.endsWith(ext)) && !f.endsWith('.d.ts'))
    .map((f) => join(rendererSrc, f));
}

describe('renderer text', () => {
  it('the scan catches literals in JSX text, text attributes and string children', () => {
    expect(findUntranslatedText('const a = <div>Delete</div>;')).toHaveLength(1);
    expect(findUntranslatedText('const a = <p>\n  删除批次\n</p>;')).toHaveLength(1);
    expect(findUntranslatedText('const a = <Input placeholder="Search" />;')).toHaveLength(1);
    expect(findUntranslatedText("const a = <Tag>{'Demo'}</Tag>;")).toHaveLength(1);
    expect(findUntranslatedText("const a = { title: '名称' };")).toHaveLength(1);
  });

  it('the scan accepts translated text, numbers, punctuation and generics', () => {
    const ok = [
      "const a = <div title={t('x')}>{t('y')}</div>;",
      'const b = <span>{n} / {m}</span>;',
      'const c = <a data-testid="branch-tree" className="xp-x" />;',
      'const d = useState<Foo>(x) > y && z < w;',
    ].join('\n');
    expect(findUntranslatedText(ok)).toEqual([]);
  });

  it('has no untranslated text in any renderer component', () => {
    const files = rendererFiles(['.tsx', '.ts']);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) =>
      findUntranslatedText(readFileSync(f, 'utf8'), relative(root, f)),
    );
    expect(found).toEqual([]);
  });
});
