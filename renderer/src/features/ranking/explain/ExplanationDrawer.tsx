import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Drawer, Skeleton, Space, Tooltip } from 'antd';
import { useRankingExplanation } from '../queries';
import { ErrorResult } from '../../../components/ErrorResult';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { ExplanationBody } from './ExplanationBody';

export interface ExplanationDrawerProps {
  campaignId: string;
  roundId: string;
  /** The row being explained; undefined keeps the drawer closed. */
  row: RankingRow | undefined;
  labels: RankingLabels;
  onClose: () => void;
  /** Moves to the previous (-1) or next (+1) row of the current list; absent at either end. */
  onStep: ((delta: -1 | 1) => void) | undefined;
  canStep: { previous: boolean; next: boolean };
}

/**
 * The explanation beside the ranking. Previous/next step through the filtered list, so the
 * committee can walk down the border without closing and reopening it.
 */
export function ExplanationDrawer(props: ExplanationDrawerProps) {
  const { campaignId, roundId, row, labels, onClose, onStep, canStep } = props;
  const { t } = labels;
  const explanation = useRankingExplanation(campaignId, roundId, row?.branchId);
  return (
    <Drawer
      open={row !== undefined}
      onClose={onClose}
      size={600}
      title={row?.branchName}
      data-testid="explanation-drawer"
      extra={
        <Space>
          <Tooltip title={t('ranking.previousRow')}>
            <Button
              icon={<UpOutlined />}
              aria-label={t('ranking.previousRow')}
              disabled={!canStep.previous}
              onClick={() => onStep?.(-1)}
            />
          </Tooltip>
          <Tooltip title={t('ranking.nextRow')}>
            <Button
              icon={<DownOutlined />}
              aria-label={t('ranking.nextRow')}
              disabled={!canStep.next}
              onClick={() => onStep?.(1)}
            />
          </Tooltip>
        </Space>
      }
    >
      {explanation.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : explanation.isError ? (
        <ErrorResult error={explanation.error} onRetry={() => void explanation.refetch()} />
      ) : (
        <ExplanationBody
          campaignId={campaignId}
          roundId={roundId}
          explanation={explanation.data}
          labels={labels}
        />
      )}
    </Drawer>
  );
}
