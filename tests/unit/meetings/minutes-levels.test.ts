import { describe, expect, it } from 'vitest';
import { levelText } from '../../../electron/services/meetings/minutes/level-text';
import { minutesWordsFor } from '../../../electron/services/meetings/minutes/words';

// The rural five-star template names levels 1–5 only, as most rubrics do.
const LEVELS = [1, 2, 3, 4, 5].map((level) => ({
  level,
  name: `${'一二三四五'[level - 1]}星`,
  nameEn: `${level} stars`,
}));

/**
 * Issue #11 point 10 ("无星 one word everywhere"), for the minutes added later: a rated branch
 * without a star is 无星 as on the ranking screen and in the exports (not "0星"), and a branch
 * with no level at all is 未定级 as in the statistics sheet (not 无星级).
 */
describe('levels in the minutes', () => {
  it('use the ranking’s and the exports’ words in Chinese', () => {
    const data = { levels: LEVELS, language: 'zh-CN' as const, scheme: 'per-star' as const };
    const words = minutesWordsFor('zh-CN');
    expect(levelText(data, words, 0)).toBe('无星');
    expect(levelText(data, words, null)).toBe('未定级');
    expect(levelText(data, words, 3)).toBe('三星');
  });

  it('and in English', () => {
    const data = { levels: LEVELS, language: 'en' as const, scheme: 'per-star' as const };
    const words = minutesWordsFor('en');
    expect(levelText(data, words, 0)).toBe('No star');
    expect(levelText(data, words, null)).toBe('Not rated');
    expect(levelText(data, words, 3)).toBe('3 stars');
  });

  it('still print a level the rubric does not name by its number', () => {
    const words = minutesWordsFor('zh-CN');
    expect(levelText({ levels: [], language: 'zh-CN', scheme: 'per-star' }, words, 6)).toBe('6星');
  });
});
