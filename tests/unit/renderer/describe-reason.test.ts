import { describe, expect, it } from 'vitest';
import { createMainI18n } from '../../../electron/i18n';
import type { ReasonNames } from '../../../renderer/src/features/ranking/explain/describeReason';
import {
  describeReason,
  reasonTone,
} from '../../../renderer/src/features/ranking/explain/describeReason';
import { buildLabels } from '../../../renderer/src/features/ranking/buildLabels';
import type { LabelSource } from '../../../renderer/src/features/ranking/buildLabels';

// The explanation drawer's sentences, read from the real locale files (issue #12 point 7).
const SOURCE: LabelSource = {
  scheme: 'per-star',
  dimensions: [
    { code: 'S1', name: '组织建设星', nameEn: 'Organisation', max: 10000, passLine: 8000 },
    { code: 'S2', name: '发展经济星', nameEn: 'Economy', max: 10000, passLine: 8000 },
    { code: 'S3', name: '治理有效星', nameEn: 'Governance', max: 10000, passLine: null },
  ],
  levels: [{ level: 5, name: '五星', nameEn: 'Five stars' }],
  townships: [
    { id: 'T1', name: '云溪镇' },
    { id: 'T2', name: '石门乡' },
  ],
};

function names(language: 'zh-CN' | 'en'): ReasonNames {
  const t = createMainI18n(language).getFixedT(language);
  return {
    ...buildLabels(t, language, SOURCE),
    item: (code) => ({ 'A-1': '三会一课' })[code] ?? code,
    ownTownship: '云溪镇',
  };
}

const zh = names('zh-CN');

describe('describeReason', () => {
  it('writes points as people write them and names the star and its pass line', () => {
    expect(
      describeReason(zh, {
        kind: 'star-score',
        star: 'S1',
        score: 8550,
        passLine: 8000,
        earned: true,
      }),
    ).toBe('组织建设星得分 85.5 分,达到合格线 80 分。');
  });

  it('says when a gate value was not recorded, and drops the value when the gate has no minimum', () => {
    expect(
      describeReason(zh, { kind: 'star-gate', star: 'S2', item: 'A-1', value: null, min: 300 }),
    ).toBe('发展经济星的门槛条件“三会一课”未满足(记录值 未记录,要求不低于 3),不予授星。');
    expect(
      describeReason(zh, { kind: 'star-gate', star: 'S2', item: 'A-1', value: 100, min: null }),
    ).toBe('发展经济星的门槛条件“三会一课”未满足,不予授星。');
  });

  it('lists missing stars with the list separator', () => {
    expect(
      describeReason(zh, { kind: 'capstone-not-counted', star: 'S3', missing: ['S1', 'S2'] }),
    ).toBe('治理有效星须在其他各星全部获得后才计入,尚缺:组织建设星、发展经济星。');
  });

  it('names the scope of a selection: the campaign, the branch’s own township or another', () => {
    const selected = (scope: string) =>
      describeReason(zh, { kind: 'selected', rank: 2, top: 10, scope });
    expect(selected('campaign')).toBe('全批次排名第 2,在前 10 名之内,入选。');
    expect(selected('township')).toBe('云溪镇排名第 2,在前 10 名之内,入选。');
    expect(selected('T2')).toBe('石门乡排名第 2,在前 10 名之内,入选。');
  });

  it('uses the rubric’s level names and the app’s wording for unnamed ones', () => {
    expect(describeReason(zh, { kind: 'band', total: 9000, min: 9000, level: 5 })).toBe(
      '总分 90 分,达到五星档线 90 分。',
    );
    expect(describeReason(zh, { kind: 'band', total: 7000, min: 6000, level: 3 })).toBe(
      '总分 70 分,达到三星档线 60 分。',
    );
  });

  it('reads in English when the app does', () => {
    const en = describeReason(names('en'), {
      kind: 'star-score',
      star: 'S1',
      score: 7000,
      passLine: 8000,
      earned: false,
    });
    expect(en).toContain('Organisation');
    expect(en).toContain('70');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives every reason a sentence and a tone', () => {
    const reasons = [
      { kind: 'unscored' as const },
      { kind: 'incomplete' as const, missing: 3 },
      { kind: 'veto-no-rating' as const, item: 'A-1' },
    ];
    for (const reason of reasons) {
      expect(describeReason(zh, reason)).not.toMatch(/reasons\.|\{\{/);
    }
    expect(reasonTone({ kind: 'veto-no-rating', item: 'A-1' })).toBe('error');
    expect(
      reasonTone({ kind: 'star-score', star: 'S1', score: 1, passLine: 0, earned: true }),
    ).toBe('success');
  });
});
