import { describe, expect, it } from 'vitest';
import {
  differentSpellingOfSameOrganisation,
  ORG_NAME_SUFFIXES,
  orgNameKey,
  sameOrganisation,
  spellingKey,
} from '../../shared/domain/org-name';

describe('organisation names', () => {
  it.each([
    ['西上屯村', '西上屯村党支部'],
    ['西上屯村', '西上屯村支部'],
    ['西上屯村', '西上屯村党总支'],
    ['西上屯村', '西上屯村党总支部委员会'],
    ['西上屯村', '中共西上屯村支部委员会'],
    ['西上屯村', '中国共产党西上屯村委员会'],
    ['幸福社区', '幸福社区党委'],
    ['幸福社区', '幸福社区党组织'],
    ['东关街道', '东关街道党工委'],
    ['李罗营村', '李罗营村 '],
    ['李罗营村', '李罗营 村'],
    ['李罗营村', '李罗营村\u3000'],
    ['李罗营村', '\u00a0李罗营\u200b村'],
    ['ＡＢ村', 'ab村党支部'],
  ])('%s and %s name one organisation', (a, b) => {
    expect(sameOrganisation(a, b)).toBe(true);
    expect(orgNameKey(a)).toBe(orgNameKey(b));
  });

  it.each([
    ['西上屯村', '东上屯村'],
    ['西上屯村', '西上屯社区'],
    // The village's own committee is not its party organisation.
    ['西上屯村', '西上屯村民委员会'],
    ['西上屯村', '西上屯村委员会'],
    ['幸福社区', '幸福社区居委会'],
    ['石门村', '石门'],
  ])('%s and %s are different organisations', (a, b) => {
    expect(sameOrganisation(a, b)).toBe(false);
  });

  it('keeps a name that is nothing but a suffix instead of emptying it', () => {
    expect(orgNameKey('党支部')).toBe('党支部');
    expect(orgNameKey(' 党委 ')).toBe('党委');
    expect(sameOrganisation('党支部', '党委')).toBe(false);
  });

  it('strips one suffix, the longest that ends the name', () => {
    expect(orgNameKey('石门村党总支部委员会')).toBe('石门村');
    expect(orgNameKey('石门村总支部委员会')).toBe('石门村');
    // Only the end: a 支部 inside the place name stays.
    expect(orgNameKey('支部村党支部')).toBe('支部村');
    for (const suffix of ORG_NAME_SUFFIXES) expect(orgNameKey(`石门村${suffix}`)).toBe('石门村');
  });

  it('tells a different spelling of one organisation from the same spelling', () => {
    expect(differentSpellingOfSameOrganisation('西上屯村', '西上屯村党支部')).toBe(true);
    expect(differentSpellingOfSameOrganisation('李罗营村', '李罗营村 ')).toBe(false);
    expect(differentSpellingOfSameOrganisation('李罗营村', '李罗营 村')).toBe(false);
    expect(differentSpellingOfSameOrganisation('西上屯村', '东上屯村')).toBe(false);
    expect(spellingKey('Ｗ　村')).toBe('w村');
  });
});
