import type { TFunction } from 'i18next';
import type { RubricDefinitionInput } from '../../../../shared/domain/rubric';
import type { Language } from '../../../../shared/domain/views';
import { localizedName } from './localizedName';

type LevelSource = Pick<RubricDefinitionInput, 'scheme' | 'levels'>;

/**
 * How a level reads: the rubric's own name (五星, 后进 …) when it gives one, else a default that
 * fits the scheme, so "level 3" never appears where people expect "三星".
 */
export function levelName(
  t: TFunction,
  source: LevelSource,
  level: number,
  language: Language,
): string {
  const named = source.levels?.find((l) => l.level === level);
  if (named) return localizedName(named, language);
  switch (source.scheme.kind) {
    case 'selection':
      return level >= 1 ? t('rubric.levelSelected') : t('rubric.levelNotSelected');
    case 'per-star':
      return level === 0 ? t('rubric.levelNoStar') : t('rubric.levelStars', { count: level });
    default:
      return t('rubric.levelN', { level });
  }
}
