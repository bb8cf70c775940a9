import type { TFunction } from 'i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { Language } from '../../../../shared/domain/views';
import { localizedLabel, localizedName } from './localizedName';
import type { RubricRow } from './rubricRows';

/** Names a level for rules that cap it ("at most 三星"); plain numbers without a rubric at hand. */
export type LevelLabel = (level: number) => string;

const plainLevel: LevelLabel = (level) => String(level);

/** What triggering a veto does, naming the star it cancels or the level it caps at. */
export function describeVeto(
  t: TFunction,
  row: RubricRow,
  language: Language,
  levelLabel: LevelLabel = plainLevel,
): string {
  const veto = row.item?.veto;
  switch (veto?.effect) {
    case 'cancel-star':
      return t('rubric.vetoCancelStar', { star: localizedName(row.dimension, language) });
    case 'cap-level':
      return t('rubric.vetoCapLevelTo', { level: levelLabel(veto.capLevel) });
    default:
      // A veto without a stated effect is read as the strictest one.
      return t('rubric.vetoNoRating');
  }
}

/** What a gate asks for and what failing it costs. */
export function describeGate(
  t: TFunction,
  row: RubricRow,
  language: Language,
  levelLabel: LevelLabel = plainLevel,
): string {
  const gate = row.item?.gate;
  const condition =
    gate?.min === undefined
      ? t('rubric.gateMet')
      : t('rubric.gateMin', { min: formatCenti(gate.min) });
  const effect =
    gate?.effect === 'cap-level'
      ? t('rubric.gateCapLevel', { level: levelLabel(Math.max(0, gate.level - 1)) })
      : t('rubric.gateCancelStar', { star: localizedName(row.dimension, language) });
  return `${condition}${effect}`;
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
    case 'gate':
      return undefined;
  }
}

/** The rule column: how the row scores, then the rubric's own guidance text. */
export function describeRule(
  t: TFunction,
  row: RubricRow,
  language: Language,
  levelLabel: LevelLabel = plainLevel,
): string {
  if (row.level === 'dimension') {
    const { passLine, bonusCap } = row.dimension;
    return [
      passLine === undefined ? '' : t('rubric.dimensionPassLine', { line: formatCenti(passLine) }),
      bonusCap === undefined ? '' : t('rubric.dimensionBonusCap', { cap: formatCenti(bonusCap) }),
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (!row.item) return '';
  const rule =
    row.item.type === 'veto'
      ? describeVeto(t, row, language, levelLabel)
      : row.item.type === 'gate'
        ? describeGate(t, row, language, levelLabel)
        : describeScoring(t, row.item, language);
  return [rule, row.item.guidance].filter((p): p is string => Boolean(p)).join(' ');
}
