import { describe, expect, it } from 'vitest';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Every [key, text] of a locale file. */
function* texts(tree: Tree, prefix = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') yield [path, value];
    else yield* texts(value, path);
  }
}

/**
 * Issue #11 point 10: a branch without a star is called one thing on every screen and in every
 * document (无星 / No star), so a committee never wonders whether 无星级 or 未评星 means
 * something else.
 */
describe('the word for a branch without a star', () => {
  it('is 无星 in Chinese everywhere, never 无星级 or 未评星', () => {
    const others = [...texts(zhCN)].filter(([, text]) => /无星级|未评星/.test(text));
    expect(others).toEqual([]);
  });

  it('is "No star" in English everywhere, never "No level"', () => {
    const others = [...texts(en)].filter(([, text]) => /\bno level\b(?! names)/i.test(text));
    expect(others).toEqual([]);
  });
});
