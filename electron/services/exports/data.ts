import { levelName } from '../../../shared/domain/level-name';
import type { RankingRow, RankingView } from '../../../shared/domain/views';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import type { NoticeView } from '../../../shared/domain/views/publication';
import { AppError } from '../../../shared/errors';
import type { CampaignRow } from '../../store/queries/campaigns';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { roundNotice } from '../publication';
import { computeRanking } from '../ranking';
import type { RoundInfo } from './queries';
import { listCampaignRounds, listCountyTownships } from './queries';
import type { Words } from './words';

export type { RoundInfo } from './queries';

/** Everything the sheets are built from, read once per export. */
export interface ExportData {
  campaign: CampaignRow;
  words: Words;
  options: ExportOptions;
  /** The date printed on the sheets, already formatted for the language. */
  date: string;
  /** Who made the export (the operator): 填表人 on the sheets and 制表人 in every footer. */
  operator: string;
  rounds: RoundInfo[];
  /** The ranking the export is about (the chosen or deciding round). */
  view: RankingView;
  /** Rows of each round's ranking by branch id: each round computed once, joined by id. */
  roundRows: (roundId: string) => Map<string, RankingRow>;
  /** The last round of a kind (self-assessment, township, county), when there is one. */
  lastOfKind: (kind: RoundInfo['kind']) => RoundInfo | undefined;
  townships: { id: string; name: string }[];
  /** Whether the committee decided any branch of the round: the decided-level columns show. */
  decided: boolean;
}

export function formatDay(day: string, words: Words): string {
  const [y, m, d] = day.split('-').map(Number);
  return words.t('exports.dateFormat', { y: y ?? 0, m: m ?? 0, d: d ?? 0 });
}

function listRounds(ctx: ServiceContext, campaignId: string): RoundInfo[] {
  return listCampaignRounds(ctx.db, campaignId);
}

/** The county's townships that have branches in the ranking, in the county's own order. */
function listTownships(
  ctx: ServiceContext,
  countyId: string,
  rows: RankingRow[],
): { id: string; name: string }[] {
  const present = new Set(rows.map((r) => r.townshipId));
  return listCountyTownships(ctx.db, countyId).filter((u) => present.has(u.id));
}

/**
 * Once the round's notice (公示) is published, the 公示名单 sheet prints its period and phone as
 * published, whatever was typed in the export's options: one record, not two that can differ.
 */
function withNotice(options: ExportOptions, notice: NoticeView | null): ExportOptions {
  if (!notice) return options;
  return {
    ...options,
    noticeFrom: notice.startDay,
    noticeTo: notice.endDay,
    objectionPhone: notice.channels.phone || options.objectionPhone,
  };
}

export function loadExportData(
  ctx: ServiceContext,
  campaignId: string,
  options: ExportOptions,
  words: Words,
  known: readonly RankingView[] = [],
): ExportData {
  const campaign = requireCampaign(ctx, campaignId);
  const rounds = listRounds(ctx, campaignId);
  // The deciding round, else the last one.
  const roundId = options.roundId ?? campaign.deciding_round_id ?? rounds.at(-1)?.id;
  if (!roundId) throw new AppError('NOT_FOUND', 'The campaign has no round', { entity: 'round' });
  // A round main has ranked already comes with the request (`known`); the others are ranked here.
  const ranking = (id: string) =>
    known.find((v) => v.roundId === id) ?? computeRanking(ctx, { campaignId, roundId: id });
  const view = ranking(roundId);
  const cache = new Map<string, Map<string, RankingRow>>();
  cache.set(roundId, new Map(view.rows.map((r) => [r.branchId, r])));
  const roundRows = (id: string) => {
    let rows = cache.get(id);
    if (!rows) {
      rows = new Map(ranking(id).rows.map((r) => [r.branchId, r]));
      cache.set(id, rows);
    }
    return rows;
  };
  return {
    campaign,
    words,
    options: withNotice(options, roundNotice(ctx, roundId)),
    date: formatDay(options.date || ctx.now().slice(0, 10), words),
    operator: ctx.actor,
    rounds,
    view,
    roundRows,
    lastOfKind: (kind) => rounds.filter((r) => r.kind === kind).at(-1),
    townships: listTownships(ctx, campaign.county_id, view.rows),
    decided: view.rows.some((r) => r.decided !== undefined),
  };
}

/** The level's display name in the sheet's language; a status when the branch has no level. */
export function levelText(data: ExportData, row: RankingRow | undefined): string {
  if (!row) return '';
  if (row.level === null) return data.words.t(`exports.status.${row.status}`);
  return levelCell(data, row.level);
}

/** A level as the workbooks write it (the numeral form: 3星), from the app's one wording. */
export function levelCell(data: ExportData, level: number): string {
  return levelName(data.words.t, data.view, level, data.words.language, 'numeral');
}

export function branchTypeText(data: ExportData, type: RankingRow['branchType']): string {
  return data.words.t(`exports.branchType.${type}`);
}

/**
 * 评审结果 of a row: the decided level (with "超出名额" when it overrides the quota) or the
 * outcome that gives none (退回复核, 暂缓); empty while undecided.
 */
export function decidedText(data: ExportData, row: RankingRow): string {
  const decided = row.decided;
  if (!decided) return '';
  const { t } = data.words;
  const text =
    decided.decidedLevel === null
      ? t(`minutes.outcome.${decided.outcome}`)
      : levelCell(data, decided.decidedLevel);
  return decided.overridesQuota ? `${text}${t('minutes.overridesQuotaSuffix')}` : text;
}
