import { latestDecisionRecords } from '../../store/queries/decisions';
import type { ServiceContext } from '../context';
import type { ExportData } from './data';
import { formatDay, levelCell } from './data';
import type { TableSpec } from './table-spec';

/**
 * 评审结果: the committee's latest decision on each branch of the round, in ranking order: the
 * computed level beside the decided one, the outcome (and plainly when it overrides the quota),
 * the votes, the reason, the meeting and the decision's version. Every text cell goes through
 * the writer's formula guard (a reason may start with "=").
 */
export function decisionsTable(
  ctx: ServiceContext,
  data: ExportData,
  sheetName: string,
): TableSpec {
  const { t } = data.words;
  const records = new Map(
    latestDecisionRecords(ctx.db, data.view.roundId).map((r) => [r.branchId, r]),
  );
  const level = (value: number | null) => (value === null ? '' : levelCell(data, value));
  const rows = data.view.rows.filter((row) => records.has(row.branchId));
  return {
    sheetName,
    title: t('minutes.sheet.title', { campaign: data.campaign.name }),
    unitLine: t('exports.unitLine', { unit: data.options.unitName }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns: [
      { header: t('exports.col.no'), decimals: 0 },
      { header: t('exports.col.township') },
      { header: t('exports.col.branch'), align: 'left' },
      { header: t('minutes.sheet.col.computed') },
      { header: t('minutes.sheet.col.decided') },
      { header: t('minutes.sheet.col.outcome') },
      { header: t('minutes.sheet.col.quota') },
      { header: t('minutes.sheet.col.for'), group: t('minutes.sheet.col.votes'), decimals: 0 },
      { header: t('minutes.sheet.col.against'), group: t('minutes.sheet.col.votes'), decimals: 0 },
      { header: t('minutes.sheet.col.abstain'), group: t('minutes.sheet.col.votes'), decimals: 0 },
      { header: t('minutes.sheet.col.present'), decimals: 0 },
      { header: t('minutes.sheet.col.recused'), decimals: 0 },
      { header: t('minutes.sheet.col.reason'), align: 'left', wrapAt: 30 },
      { header: t('minutes.sheet.col.meeting'), align: 'left', wrapAt: 24 },
      { header: t('minutes.sheet.col.version'), decimals: 0 },
    ],
    rows: rows.map((row, i) => {
      const d = records.get(row.branchId)!;
      return [
        i + 1,
        row.townshipName,
        row.branchName,
        level(d.computedLevel),
        level(d.decidedLevel),
        t(`minutes.outcome.${d.outcome}`),
        d.overridesQuota ? t('minutes.overridesQuota') : '',
        d.votesFor,
        d.votesAgainst,
        d.votesAbstain,
        d.present,
        d.recused,
        d.reason,
        `${d.meetingTitle}（${formatDay(d.meetingDate, data.words)}）`,
        d.version,
      ];
    }),
    ...(rows.length === 0 ? { notes: [t('minutes.sheet.none')] } : {}),
    signatures: [
      t('exports.sign.preparedBy', { name: data.operator }),
      t('exports.sign.reviewer'),
      t('exports.sign.leader'),
    ],
    freezeColumns: 3,
  };
}
