import { Tag, Tooltip, Typography } from 'antd';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { StatusTag } from './StatusTag';

export interface LevelCellProps {
  row: RankingRow;
  labels: RankingLabels;
}

/** The level, and where a quota moved it, the level the scores alone gave. */
export function LevelCell({ row, labels }: LevelCellProps) {
  if (row.status !== 'rated' || row.level === null) return <StatusTag status={row.status} />;
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
