import type { ExportData } from './data';
import { hasProposedRating, levelAfterReview } from '../../../shared/domain/proposed-rating';
import { branchTypeText, formatDay, levelCell } from './data';
import type { NoticeStage } from './notice-stages';
import { noticeStages } from './notice-stages';
import type { TableSpec } from './table-spec';
import type { Words } from './words';

function stageText(words: Words, stage: NoticeStage): string {
  return stage.kind === 'other' ? stage.name : words.t(`exports.notice.stage.${stage.kind}`);
}

/** 甲、乙和丙 / A, B and C. */
function joinStages(words: Words, parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  const head = parts.slice(0, -1).join(words.t('exports.notice.listSeparator'));
  return `${head}${words.t('exports.notice.lastSeparator')}${parts.at(-1) ?? ''}`;
}

/**
 * 公示名单: the branches with a proposed rating by level (the committee's decided level where it
 * decided: a branch sent back for re-review or deferred is not published), how many, the stages that really
 * happened (from the recorded rounds; the committee once it records decisions), the notice
 * period and where to object.
 */
export function noticeTable(data: ExportData, sheetName: string): TableSpec {
  const { words } = data;
  const { t } = words;
  const { options } = data;
  const rated = data.view.rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => hasProposedRating(row, data.view.levels))
    .sort(
      (a, b) =>
        (levelAfterReview(b.row) ?? 0) - (levelAfterReview(a.row) ?? 0) || a.order - b.order,
    )
    .map(({ row }) => row);
  const stages = noticeStages({
    rounds: data.rounds.map((r) => ({ kind: r.kind, name: r.name, submitted: r.submitted === 1 })),
    committeeDecided: data.decided,
  });
  const blank = t('exports.notice.blankDate');
  const from = options.noticeFrom ? formatDay(options.noticeFrom, words) : blank;
  const to = options.noticeTo ? formatDay(options.noticeTo, words) : blank;
  const intro =
    stages.length === 0
      ? t('exports.notice.introPlain', { count: rated.length })
      : t('exports.notice.intro', {
          count: rated.length,
          stages: joinStages(
            words,
            stages.map((s) => stageText(words, s)),
          ),
        });
  const notes = [
    intro,
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
      levelCell(data, levelAfterReview(row) ?? 0),
    ]),
    notes,
    signatures: [options.unitName, data.date],
    freezeColumns: 0,
  };
}
