import type { TFunction } from 'i18next';
import { levelName } from '../../../../shared/domain/level-name';
import type { Language, RankingMeta } from '../../../../shared/domain/views';
import { localizedName } from '../rubric/localizedName';

/** Turns the codes and ids in results into the names people read, in the current language. */
export interface RankingLabels {
  t: TFunction;
  language: Language;
  level: (level: number | null) => string;
  dimension: (code: string) => string;
  township: (id: string) => string;
  /** A count with digit grouping (46,000), easier to read off a projector. */
  count: (n: number) => string;
}

/** What labels need of a ranking: its rubric's names and its townships. */
export type LabelSource = Pick<RankingMeta, 'dimensions' | 'levels' | 'scheme' | 'townships'>;

export function buildLabels(t: TFunction, language: Language, view: LabelSource): RankingLabels {
  const dimensions = new Map(view.dimensions.map((d) => [d.code, localizedName(d, language)]));
  const townships = new Map(view.townships.map((tw) => [tw.id, tw.name]));
  const numbers = new Intl.NumberFormat(language);
  return {
    t,
    language,
    count: (n) => numbers.format(n),
    level: (level) => (level === null ? t('levels.none') : levelName(t, view, level, language)),
    dimension: (code) => dimensions.get(code) ?? code,
    township: (id) => townships.get(id) ?? id,
  };
}
