import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { formatCenti } from '../../../shared/domain/points';
import { AppError } from '../../../shared/errors';
import { getRubricVersion } from '../../store/queries/rubrics';
import type { ServiceContext } from '../context';
import { requireValidDefinition } from '../rubrics/versions';
import type { Words } from './words';

export interface ScoreRow {
  sheet_id: string;
  round_id: string;
  branch_id: string;
  evaluator_id: string | null;
  status: 'draft' | 'submitted';
  item_code: string;
  points: number;
  fact: number | null;
  remark: string;
}

/** Every score row of the campaign, sheet by sheet. Only read when score sheets are exported. */
export function loadScores(ctx: ServiceContext, campaignId: string): ScoreRow[] {
  return ctx.db
    .prepare(
      `SELECT s.id AS sheet_id, s.round_id, s.branch_id, s.evaluator_id, s.status,
              sc.item_code, sc.points, sc.fact, sc.remark
         FROM rounds r JOIN score_sheets s ON s.round_id = r.id
         JOIN scores sc ON sc.sheet_id = s.id
        WHERE r.campaign_id = ? ORDER BY r.seq, s.branch_id, s.created_at`,
    )
    .all(campaignId) as ScoreRow[];
}

export function campaignRubric(ctx: ServiceContext, rubricVersionId: string): RubricDefinition {
  const row = getRubricVersion(ctx.db, rubricVersionId);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  return requireValidDefinition(JSON.parse(row.definition));
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
