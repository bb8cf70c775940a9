import type { ReactNode } from 'react';
import { formatCenti } from '../../../../../shared/domain/points';
import type { RankingRow, RankingMeta } from '../../../../../shared/domain/views';
import type { SortKey } from '../filters/rankingFilters';
import type { RankingLabels } from '../labels';
import { ChangeTag } from './ChangeTag';
import { DecidedCell } from './DecidedCell';
import { LevelCell } from './LevelCell';
import { RowFlags } from './RowFlags';

export interface RankingColumn {
  key: string;
  title: string;
  /** Shown on hover over the header: the full name, maximum and pass line. */
  tip?: ReactNode;
  sortKey?: SortKey;
  /** A CSS grid track. */
  width: string;
  /** Narrowest the track gets, for the table's minimum width. */
  minWidth: number;
  align?: 'end' | 'center';
  render: (row: RankingRow) => ReactNode;
}

const DASH = '—';
const CHECK = '✓';

function points(value: number | null): string {
  return value === null ? DASH : formatCenti(value);
}

function dimensionColumns(view: RankingMeta, labels: RankingLabels): RankingColumn[] {
  const { t } = labels;
  const perStar = view.scheme === 'per-star';
  return view.dimensions.map((d, index) => ({
    key: `dim:${d.code}`,
    title: labels.dimension(d.code),
    tip: (
      <>
        <div>{labels.dimension(d.code)}</div>
        <div>{t('ranking.maxTip', { max: formatCenti(d.max) })}</div>
        {d.passLine !== null && (
          <div>{t('ranking.passLineTip', { line: formatCenti(d.passLine) })}</div>
        )}
      </>
    ),
    sortKey: `dim:${index}`,
    // Wide enough for the longest English word of a star name (“environment”) on its line.
    width: '96px',
    minWidth: 96,
    align: 'end',
    render: (row) => {
      const earned = perStar && row.stars.includes(d.code);
      return (
        <span className={earned ? 'xp-rank-earned' : undefined} data-earned={earned || undefined}>
          {points(row.scores[index] ?? null)}
          {/* A text glyph, not an icon component: thousands of these mount while scrolling. */}
          {earned && (
            <span role="img" aria-label={t('ranking.earned')} className="xp-rank-check">
              {CHECK}
            </span>
          )}
        </span>
      );
    },
  }));
}

/** The table's columns: fixed ones around one column per dimension (per star). */
export function buildColumns(view: RankingMeta, labels: RankingLabels): RankingColumn[] {
  const { t } = labels;
  // Without a linked campaign every branch would read "new": the column would only add noise.
  const showYear = view.yearOverYear;
  const columns: RankingColumn[] = [
    {
      key: 'rank',
      title: t('ranking.col.rank'),
      sortKey: 'rank',
      width: '52px',
      minWidth: 52,
      align: 'end',
      render: (row) => row.rank ?? DASH,
    },
    {
      key: 'branch',
      title: t('ranking.col.branch'),
      sortKey: 'branch',
      width: 'minmax(130px, 2fr)',
      minWidth: 130,
      render: (row) => (
        <span className="xp-rank-name" title={row.branchName}>
          {row.branchName}
        </span>
      ),
    },
    {
      key: 'township',
      title: t('ranking.col.township'),
      sortKey: 'township',
      width: '80px',
      minWidth: 80,
      render: (row) => (
        <span className="xp-rank-name" title={row.townshipName}>
          {row.townshipName}
        </span>
      ),
    },
    ...dimensionColumns(view, labels),
    {
      key: 'total',
      title: t('ranking.col.total'),
      sortKey: 'total',
      width: '72px',
      minWidth: 72,
      align: 'end',
      render: (row) => <strong>{points(row.total)}</strong>,
    },
    {
      key: 'level',
      title: t('ranking.col.level'),
      tip: t('ranking.levelTip'),
      sortKey: 'level',
      // Grows when there is room: a quota-moved level shows the level before it too, and an
      // incomplete branch whose sheets it waits for.
      width: 'minmax(168px, 1.2fr)',
      minWidth: 168,
      render: (row) => <LevelCell row={row} labels={labels} />,
    },
  ];
  // 评审结果 only once the committee decided something: before the meeting it would be empty.
  if (view.decidedCount > 0) {
    columns.push({
      key: 'decided',
      title: t('minutes.ranking.col'),
      tip: t('minutes.ranking.tip'),
      // Room for "五星 超出名额" without pushing the flags column out of a laptop's width.
      width: '136px',
      minWidth: 136,
      render: (row) => <DecidedCell row={row} labels={labels} />,
    });
  }
  if (showYear) {
    columns.push({
      key: 'previous',
      title: t('ranking.col.previous'),
      tip: view.previousCampaign
        ? t('ranking.previousTip', { name: view.previousCampaign.name })
        : t('ranking.previousNamedTip'),
      sortKey: 'previous',
      width: 'minmax(172px, 1.5fr)',
      minWidth: 172,
      render: (row) => (
        <span className="xp-rank-level">
          {row.previousLevel !== null && <span>{labels.level(row.previousLevel)}</span>}
          {row.change && <ChangeTag change={row.change} />}
        </span>
      ),
    });
  }
  columns.push({
    key: 'flags',
    title: t('ranking.col.flags'),
    width: '56px',
    minWidth: 56,
    render: (row) => <RowFlags flags={row.flags} />,
  });
  return columns;
}
