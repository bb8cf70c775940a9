import { describe, expect, it } from 'vitest';
import { levelName } from '../../../shared/domain/level-name';
import { sheetWords } from '../../../electron/workbook/words';

// The app's one wording of a level (issue #12 point 7), read from the real locale files.
const zh = sheetWords('zh-CN').t;
const en = sheetWords('en').t;

const perStar = { scheme: { kind: 'per-star' as const }, levels: [] };

describe('levelName', () => {
  it('prefers the rubric’s own name, in English when it has one', () => {
    const naming = {
      scheme: 'per-star' as const,
      levels: [{ level: 5, name: '五星', nameEn: 'Five stars' }],
    };
    expect(levelName(zh, naming, 5, 'zh-CN', 'numeral')).toBe('五星');
    expect(levelName(en, naming, 5, 'en')).toBe('Five stars');
    expect(
      levelName(en, { scheme: 'per-star', levels: [{ level: 2, name: '二星' }] }, 2, 'en'),
    ).toBe('二星');
  });

  it('writes an unnamed star level as a word on screen and as a numeral in workbooks', () => {
    expect(levelName(zh, perStar, 3, 'zh-CN')).toBe('三星');
    expect(levelName(zh, perStar, 3, 'zh-CN', 'numeral')).toBe('3星');
    expect(levelName(en, perStar, 1, 'en', 'numeral')).toBe('1 star');
    expect(levelName(en, perStar, 3, 'en', 'numeral')).toBe('3 stars');
    // Beyond the written words the numeral stands in.
    expect(levelName(zh, perStar, 12, 'zh-CN')).toBe('12星');
  });

  it('reads level 0 of a per-star rubric as 无星 in both forms', () => {
    expect(levelName(zh, perStar, 0, 'zh-CN')).toBe('无星');
    expect(levelName(zh, perStar, 0, 'zh-CN', 'numeral')).toBe('无星');
  });

  it('names levels of awards and bands by their scheme, not as stars', () => {
    expect(levelName(zh, { scheme: 'selection' }, 1, 'zh-CN')).toBe('入选');
    expect(levelName(zh, { scheme: 'selection' }, 0, 'zh-CN', 'numeral')).toBe('未入选');
    expect(levelName(zh, { scheme: { kind: 'bands' } }, 3, 'zh-CN', 'numeral')).toBe('3级');
    expect(levelName(en, { scheme: 'weighted' }, 2, 'en')).toBe('Level 2');
  });
});
