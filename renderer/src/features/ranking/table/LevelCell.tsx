import { HourglassOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { StatusTag } from './StatusTag';

export interface LevelCellProps {
  row: RankingRow;
  labels: RankingLabels;
}

/** Whose drafts an incomplete branch waits for: the names (自评 for the branch itself). */
export function outstandingNames(row: RankingRow, labels: RankingLabels): string | null {
  if (!row.outstanding || row.outstanding.length === 0) return null;
  return row.outstanding
    .map((name) => name ?? labels.t('ranking.outstandingSelf'))
    .join(labels.t('reasons.listSeparator'));
}

/**
 * The level, and where a quota moved it, the level the scores alone gave; for a branch not yet
 * rated its status, and whose sheet it still waits for.
 */
export function LevelCell({ row, labels }: LevelCellProps) {
  if (row.status !== 'rated' || row.level === null) {
    const names = outstandingNames(row, labels);
    // The names beside an hourglass fit the column; the sentence is the tooltip and the label.
    const waiting = names && labels.t('ranking.outstanding', { names });
    return (
      <span className="xp-rank-level">
        <StatusTag status={row.status} />
        {names && (
          <Typography.Text
            type="secondary"
            className="xp-rank-outstanding"
            title={waiting ?? undefined}
            aria-label={waiting ?? undefined}
            data-testid="outstanding"
          >
            <HourglassOutlined /> {names}
          </Typography.Text>
        )}
      </span>
    );
  }
  const before = row.levelBeforeQuota;
  return (
    <span className="xp-rank-level">
      <Tag color={row.level > 0 ? 'red' : 'default'} variant="outlined">
        {labels.level(row.level)}
      </Tag>
      {before !== null && before !== row.level && (
        <Tooltip title={labels.t('ranking.beforeQuotaTip', { level: labels.level(before) })}>
          <Typography.Text type="secondary" delete data-testid="level-before-quota">
            {labels.level(before)}
          </Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}
