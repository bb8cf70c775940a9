import { CaretDownOutlined, CaretUpOutlined, WarningOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../../shared/domain/points';
import type { ComparisonRow, RoundComparison } from '../../../../../shared/domain/views/progress';
import { sheetHref } from '../../../app/routes';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';
import { levelName } from '../../../../../shared/domain/level-name';
import type { GridColumn } from '../VirtualGrid';

export type GapSort = 'none' | 'desc' | 'asc';

/** Largest gap first (either direction), or smallest; branches without a gap stay last. */
export function sortByGap(rows: ComparisonRow[], sort: GapSort): ComparisonRow[] {
  if (sort === 'none') return rows;
  const sign = sort === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (a.gap === null || b.gap === null)
      return (a.gap === null ? 1 : 0) - (b.gap === null ? 1 : 0);
    return sign * (Math.abs(a.gap) - Math.abs(b.gap));
  });
}

const NEXT: Record<GapSort, GapSort> = { none: 'desc', desc: 'asc', asc: 'none' };

/** Township, branch (a link to its sheet), one column per round, then the gap. */
export function useComparisonColumns(
  campaignId: string,
  view: RoundComparison | undefined,
  sort: GapSort,
  onSort: (sort: GapSort) => void,
): GridColumn<ComparisonRow>[] {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return useMemo(() => {
    if (!view) return [];
    const toIndex = view.rounds.findIndex((r) => r.id === view.toRoundId);
    const link = (row: ComparisonRow, index: number) => {
      const round = view.rounds[index];
      const sheet = row.results[index]?.sheet;
      return round && sheet
        ? sheetHref(campaignId, round.id, row.branchId, sheet.evaluatorId, 'progress')
        : null;
    };
    const roundColumns = view.rounds.map((round, index): GridColumn<ComparisonRow> => ({
      key: `r${index}`,
      title: round.name,
      width: 'minmax(130px, 1fr)',
      minWidth: 130,
      align: 'end',
      render: (row) => {
        const result = row.results[index];
        if (!result || result.total === null) {
          return (
            <Typography.Text type="secondary">
              {t(`progress.result.${result?.status ?? 'unscored'}`)}
            </Typography.Text>
          );
        }
        const text = `${formatCenti(result.total)} · ${
          result.level === null ? '—' : levelName(t, view, result.level, language)
        }`;
        const href = link(row, index);
        return href ? <a href={href}>{text}</a> : text;
      },
    }));
    const gapTitle = (
      <button
        type="button"
        className="xp-pg-sort"
        onClick={() => onSort(NEXT[sort])}
        data-testid="sort-gap"
      >
        {t('progress.colGap')}
        {sort === 'desc' && <CaretDownOutlined />}
        {sort === 'asc' && <CaretUpOutlined />}
      </button>
    );
    return [
      {
        key: 'township',
        title: t('progress.colTownship'),
        width: 'minmax(110px, 1fr)',
        minWidth: 110,
        render: (row) => row.townshipName,
      },
      {
        key: 'branch',
        title: t('progress.colBranch'),
        width: 'minmax(150px, 1.5fr)',
        minWidth: 150,
        render: (row) => {
          const href = link(row, toIndex) ?? row.results.map((_, i) => link(row, i)).find(Boolean);
          return href ? <a href={href}>{row.branchName}</a> : row.branchName;
        },
      },
      ...roundColumns,
      {
        key: 'gap',
        title: gapTitle,
        width: 'minmax(110px, 0.8fr)',
        minWidth: 110,
        align: 'end',
        render: (row) => {
          if (row.gap === null) return <Typography.Text type="secondary">—</Typography.Text>;
          const text = `${row.gap > 0 ? '+' : ''}${formatCenti(row.gap)}`;
          const className =
            row.gap > 0 ? 'xp-pg-gap-up' : row.gap < 0 ? 'xp-pg-gap-down' : undefined;
          return (
            <span className={className} data-flagged={row.flagged}>
              {row.flagged && (
                <Tooltip
                  title={t('progress.flaggedTip', { threshold: formatCenti(view.threshold) })}
                >
                  <WarningOutlined aria-label={t('progress.flagged')} />{' '}
                </Tooltip>
              )}
              {text}
            </span>
          );
        },
      },
    ];
  }, [campaignId, view, sort, onSort, t, language]);
}
