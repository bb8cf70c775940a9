import type { ExportData } from './data';
import { branchTypeText, formatDay, levelText } from './data';
import type { TableSpec } from './table-spec';

/** 公示名单: the rated branches by proposed level, the notice period and where to object. */
export function noticeTable(data: ExportData, sheetName: string): TableSpec {
  const { t } = data.words;
  const { options } = data;
  const rated = data.view.rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.level !== null && row.status === 'rated')
    .sort((a, b) => (b.row.level ?? 0) - (a.row.level ?? 0) || a.order - b.order)
    .map(({ row }) => row);
  const blank = t('exports.notice.blankDate');
  const from = options.noticeFrom ? formatDay(options.noticeFrom, data.words) : blank;
  const to = options.noticeTo ? formatDay(options.noticeTo, data.words) : blank;
  const notes = [
    t('exports.notice.intro', { unit: options.unitName, count: rated.length }),
    t('exports.notice.period', { from, to }),
    t('exports.notice.objection', {
      unit: options.unitName,
      phone: options.objectionPhone || t('exports.notice.blankPhone'),
    }),
  ];
  return {
    sheetName,
    title: t('exports.notice.title', { campaign: data.campaign.name }),
    unitLine: t('exports.unitLine', { unit: options.unitName }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns: [
      { header: t('exports.col.no'), decimals: 0 },
      { header: t('exports.col.township') },
      { header: t('exports.col.branchName'), align: 'left' },
      { header: t('exports.col.type') },
      { header: t('exports.col.proposed') },
    ],
    rows: rated.map((row, i) => [
      i + 1,
      row.townshipName,
      row.branchName,
      branchTypeText(data, row.branchType),
      levelText(data, row),
    ]),
    notes,
    signatures: [options.unitName, data.date],
    freezeColumns: 0,
  };
}
