import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { formatCenti } from '../../../shared/domain/points';
import type { ServiceContext } from '../context';
import { loadRubric } from '../rubrics';
import type { ScoreRow } from './queries';
import { listCampaignScores } from './queries';
import type { Words } from './words';

export type { ScoreRow } from './queries';

/** Every score row of the campaign, sheet by sheet. Only read when score sheets are exported. */
export function loadScores(ctx: ServiceContext, campaignId: string): ScoreRow[] {
  return listCampaignScores(ctx.db, campaignId);
}

export function campaignRubric(ctx: ServiceContext, rubricVersionId: string): RubricDefinition {
  return loadRubric(ctx, rubricVersionId);
}

export function nameOf(node: { name: string; nameEn?: string | undefined }, words: Words): string {
  return words.language === 'en' ? (node.nameEn ?? node.name) : node.name;
}

/** How an item is scored, when the rubric gives no wording of its own. */
export function ruleText(item: RubricItem, words: Words): string {
  if (item.guidance) return item.guidance;
  const { t } = words;
  switch (item.type) {
    case 'deduction':
      return t('exports.rule.deduction', { per: formatCenti(item.perFinding ?? 0) });
    case 'choice':
      return (item.options ?? [])
        .map(
          (o) =>
            `${words.language === 'en' ? (o.labelEn ?? o.label) : o.label} ${formatCenti(o.points)}`,
        )
        .join(' / ');
    case 'check':
      return t('exports.rule.check');
    case 'bonus':
      return t('exports.rule.bonus', { max: formatCenti(item.max) });
    case 'veto':
      return t('exports.rule.veto');
    case 'gate':
      return t('exports.rule.gate');
    default:
      return '';
  }
}

/** What a sheet recorded for an item: points, or for vetoes and gates the fact. */
export function entryCell(
  item: RubricItem,
  rows: ScoreRow[],
  words: Words,
): string | number | null {
  if (rows.length === 0) return null;
  if (item.type === 'veto') {
    return rows.some((r) => r.fact === 1) ? words.t('exports.vetoMark') : '';
  }
  if (item.type === 'gate') {
    const facts = rows.map((r) => r.fact).filter((f): f is number => f !== null);
    if (facts.length === 0) return null;
    if (item.gate?.min !== undefined) return facts.reduce((a, b) => a + b, 0) / facts.length / 100;
    return facts.every((f) => f === 1) ? words.t('exports.yes') : words.t('exports.no');
  }
  const mean = rows.reduce((sum, r) => sum + r.points, 0) / rows.length;
  return Math.round(mean) / 100;
}
