import { Tag, Tooltip, Typography } from 'antd';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';

export interface DecidedCellProps {
  row: RankingRow;
  labels: RankingLabels;
}

/**
 * 评审结果: the committee's decided level (or 退回复核 / 暂缓), and plainly when it overrides the
 * quota. Empty while the committee has not decided the branch.
 */
export function DecidedCell({ row, labels }: DecidedCellProps) {
  const decided = row.decided;
  if (!decided) return null;
  const { t } = labels;
  const differs = decided.decidedLevel !== row.level;
  return (
    <span className="xp-rank-level" data-testid="decided-level">
      {decided.decidedLevel === null ? (
        <Tag variant="outlined">{t(`minutes.outcome.${decided.outcome}`)}</Tag>
      ) : (
        <Tag color={differs ? 'orange' : 'green'} variant="outlined">
          {labels.level(decided.decidedLevel)}
        </Tag>
      )}
      {decided.overridesQuota && (
        <Tooltip title={t('minutes.ranking.overridesQuotaTip')}>
          <Typography.Text type="warning" data-testid="overrides-quota">
            {t('minutes.ranking.overridesQuota')}
          </Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}
