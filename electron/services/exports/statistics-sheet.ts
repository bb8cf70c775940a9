import type { PlanTarget, RankingRow } from '../../../shared/domain/views';
import type { ExportData } from './data';
import { levelAfterReview } from '../../../shared/domain/proposed-rating';
import { levelCell } from './data';
import type { CellValue, TableColumn, TableSpec } from './table-spec';

interface Counted {
  key: string;
  kind: PlanTarget['kind'];
  label: string;
  count: (rows: RankingRow[]) => number;
  /** Levels only: the count after the committee (decided where decided, else computed). */
  after?: (rows: RankingRow[]) => number;
}

/** Levels from the highest down, then (per-star rubrics) each star: what is counted and planned. */
function countedThings(data: ExportData): Counted[] {
  const levels = new Set<number>(data.view.levels.map((l) => l.level));
  for (const row of data.view.rows) {
    if (row.level !== null) levels.add(row.level);
    const after = levelAfterReview(row);
    if (after !== null) levels.add(after);
  }
  const things: Counted[] = [...levels]
    .sort((a, b) => b - a)
    .map((level) => ({
      key: String(level),
      kind: 'level',
      label: levelCell(data, level),
      count: (rows) => rows.filter((r) => r.level === level).length,
      after: (rows) => rows.filter((r) => levelAfterReview(r) === level).length,
    }));
  if (data.view.scheme === 'per-star') {
    for (const d of data.view.dimensions) {
      things.push({
        key: d.code,
        kind: 'star',
        label: data.words.language === 'en' ? d.nameEn : d.name,
        count: (rows) => rows.filter((r) => r.stars.includes(d.code)).length,
      });
    }
  }
  return things;
}

function planOf(plan: PlanTarget[], townshipId: string | null, thing: Counted): number | null {
  return (
    plan.find((p) => p.townshipId === townshipId && p.kind === thing.kind && p.target === thing.key)
      ?.count ?? null
  );
}

/** Whole-campaign plan: the campaign-wide target when set, else the townships' targets added up. */
function totalPlan(plan: PlanTarget[], thing: Counted): number | null {
  const overall = planOf(plan, null, thing);
  if (overall !== null) return overall;
  const parts = plan.filter(
    (p) => p.townshipId !== null && p.kind === thing.kind && p.target === thing.key,
  );
  return parts.length === 0 ? null : parts.reduce((sum, p) => sum + p.count, 0);
}

/**
 * 统计表: per township, branches at each level and stars of each kind, against the plan; once the
 * committee decided any branch, each level also counts the levels after review (评审后).
 */
export function statisticsTable(data: ExportData, sheetName: string): TableSpec {
  const { t } = data.words;
  const things = countedThings(data);
  const showAfter = (thing: Counted) => data.decided && thing.after !== undefined;
  const columns: TableColumn[] = [
    { header: t('exports.col.no'), decimals: 0 },
    { header: t('exports.col.township') },
    { header: t('exports.col.branches'), decimals: 0 },
    ...things.flatMap((thing) => [
      { header: t('exports.col.plan'), group: thing.label, decimals: 0 },
      { header: t('exports.col.actual'), group: thing.label, decimals: 0 },
      ...(showAfter(thing)
        ? [{ header: t('minutes.col.afterReview'), group: thing.label, decimals: 0 }]
        : []),
    ]),
    { header: t('exports.col.unrated'), decimals: 0 },
    ...(data.decided ? [{ header: t('minutes.col.unratedAfterReview'), decimals: 0 }] : []),
  ];
  const byTownship = new Map<string, RankingRow[]>();
  for (const row of data.view.rows) {
    const list = byTownship.get(row.townshipId) ?? [];
    list.push(row);
    byTownship.set(row.townshipId, list);
  }
  const line = (
    no: CellValue,
    name: string,
    rows: RankingRow[],
    plans: (thing: Counted) => number | null,
  ) => [
    no,
    name,
    rows.length,
    ...things.flatMap((thing) => [
      plans(thing),
      thing.count(rows),
      ...(showAfter(thing) && thing.after ? [thing.after(rows)] : []),
    ]),
    rows.filter((r) => r.level === null).length,
    ...(data.decided ? [rows.filter((r) => levelAfterReview(r) === null).length] : []),
  ];
  const rows = data.townships.map((township, i) =>
    line(i + 1, township.name, byTownship.get(township.id) ?? [], (thing) =>
      planOf(data.view.plan, township.id, thing),
    ),
  );
  return {
    sheetName,
    title: t('exports.statistics.title', { campaign: data.campaign.name }),
    unitLine: t('exports.unitLine', { unit: data.options.unitName }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns,
    rows,
    totals: [
      line(t('common.total'), '', data.view.rows, (thing) => totalPlan(data.view.plan, thing)),
    ],
    signatures: [
      t('exports.sign.preparedBy', { name: data.operator }),
      t('exports.sign.reviewer'),
      t('exports.sign.leader'),
    ],
    freezeColumns: 2,
  };
}
