import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { memo } from 'react';
import type { RankingSort, SortKey } from '../filters/rankingFilters';
import type { RankingColumn } from './columns';

export interface HeaderCellProps {
  column: RankingColumn;
  sort: RankingSort | undefined;
  onSort: (key: SortKey) => void;
}

function ariaSort(column: RankingColumn, sort: RankingSort | undefined) {
  if (!column.sortKey || sort?.key !== column.sortKey) return undefined;
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

/** Memoized: the grid renders on every scroll step, the header only when sorting changes. */
export const HeaderCell = memo(function HeaderCell({ column, sort, onSort }: HeaderCellProps) {
  const direction = ariaSort(column, sort);
  const label = <span className="xp-rank-head-label">{column.title}</span>;
  const content = column.sortKey ? (
    <button
      type="button"
      className="xp-rank-sort"
      onClick={() => column.sortKey && onSort(column.sortKey)}
    >
      {label}
      {direction === 'ascending' && <CaretUpOutlined />}
      {direction === 'descending' && <CaretDownOutlined />}
    </button>
  ) : (
    label
  );
  return (
    <div
      role="columnheader"
      aria-sort={direction}
      className={column.align ? `xp-rank-cell xp-rank-${column.align}` : 'xp-rank-cell'}
      data-col={column.key}
    >
      {column.tip ? <Tooltip title={column.tip}>{content}</Tooltip> : content}
    </div>
  );
});
