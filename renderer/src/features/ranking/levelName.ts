import type { TFunction } from 'i18next';
import type { Language, RankingRow, RankingView } from '../../../../shared/domain/views';

export type LevelNaming = Pick<RankingView, 'levels' | 'scheme'>;

const STAR_KEYS = [
  'levels.star0',
  'levels.star1',
  'levels.star2',
  'levels.star3',
  'levels.star4',
  'levels.star5',
  'levels.star6',
  'levels.star7',
  'levels.star8',
  'levels.star9',
  'levels.star10',
] as const;

/**
 * The name people use for a level: the rubric's own (五星, 后进 …) when it names one, otherwise
 * "N stars" for per-star rubrics, "selected" for awards and "level N" for the rest.
 */
export function levelName(
  t: TFunction,
  naming: LevelNaming,
  level: number,
  language: Language,
): string {
  const named = naming.levels.find((l) => l.level === level);
  if (named) return language === 'en' && named.nameEn ? named.nameEn : named.name;
  if (naming.scheme === 'selection') {
    return level >= 1 ? t('levels.selected') : t('levels.notSelected');
  }
  const starKey = STAR_KEYS[level];
  if (naming.scheme === 'per-star' && starKey) return t(starKey);
  return t('levels.generic', { level });
}

/** A whole ranking, or its description with the levels its branches hold. */
export type LevelSource = Pick<RankingView, 'levels' | 'scheme' | 'dimensions'> &
  ({ rows: readonly RankingRow[] } | { levelsHeld: readonly number[] });

/** Every level a plan or chart should offer, highest first. */
export function knownLevels(view: LevelSource): number[] {
  const levels = new Set<number>(view.levels.map((l) => l.level));
  if (view.scheme === 'per-star') {
    for (let n = 1; n <= view.dimensions.length; n += 1) levels.add(n);
  }
  if (view.scheme === 'selection') levels.add(1);
  if ('levelsHeld' in view) for (const level of view.levelsHeld) levels.add(level);
  else for (const row of view.rows) if (row.level !== null && row.level > 0) levels.add(row.level);
  return [...levels].sort((a, b) => b - a);
}
