import type { TFunction } from 'i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { Language } from '../../../../shared/domain/views';
import { localizedLabel, localizedName } from './localizedName';
import type { RubricRow } from './rubricRows';

/** What triggering a veto does, naming the star it cancels where it cancels one. */
export function describeVeto(t: TFunction, row: RubricRow, language: Language): string {
  switch (row.item?.veto?.effect) {
    case 'cancel-star':
      return t('rubric.vetoCancelStar', { star: localizedName(row.dimension, language) });
    case 'cap-level':
      return t('rubric.vetoCapLevel');
    default:
      // A veto without a stated effect is read as the strictest one.
      return t('rubric.vetoNoRating');
  }
}

function describeScoring(t: TFunction, item: RubricItem, language: Language): string | undefined {
  switch (item.type) {
    case 'points':
      return item.step ? t('rubric.ruleStep', { step: formatCenti(item.step) }) : undefined;
    case 'deduction':
      return item.perFinding
        ? t('rubric.ruleDeduction', { points: formatCenti(item.perFinding) })
        : undefined;
    case 'choice':
      return item.options
        ?.map((o) =>
          t('rubric.ruleOption', {
            label: localizedLabel(o, language),
            points: formatCenti(o.points),
          }),
        )
        .join(t('rubric.ruleOptionsSeparator'));
    case 'check':
      return t('rubric.ruleCheck', { max: formatCenti(item.max) });
    case 'bonus':
      return t('rubric.ruleBonus', { max: formatCenti(item.max) });
    case 'veto':
      return undefined;
  }
}

/** The rule column: how the row scores, then the rubric's own guidance text. */
export function describeRule(t: TFunction, row: RubricRow, language: Language): string {
  if (row.level === 'dimension') {
    const line = row.dimension.passLine;
    return line === undefined ? '' : t('rubric.dimensionPassLine', { line: formatCenti(line) });
  }
  if (!row.item) return '';
  const parts = [
    row.item.type === 'veto'
      ? describeVeto(t, row, language)
      : describeScoring(t, row.item, language),
    row.item.guidance,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' ');
}
