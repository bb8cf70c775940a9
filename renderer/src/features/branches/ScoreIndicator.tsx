import { CheckCircleFilled, EditFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreStatus } from './scoreStatus';

export interface ScoreIndicatorProps {
  status: ScoreStatus;
}

const LABEL_KEYS = {
  submitted: 'branches.scoreSubmitted',
  draft: 'branches.scoreDraft',
  none: 'branches.scoreNone',
} as const;

/** A small mark beside each branch; shape as well as colour, for projectors and colour-blindness. */
export function ScoreIndicator({ status }: ScoreIndicatorProps) {
  const { t } = useTranslation();
  const label = t(LABEL_KEYS[status]);
  const icon =
    status === 'submitted' ? (
      <CheckCircleFilled className="xp-score-submitted" />
    ) : status === 'draft' ? (
      <EditFilled className="xp-score-draft" />
    ) : (
      <MinusCircleOutlined className="xp-score-none" />
    );
  return (
    <Tooltip title={label}>
      <span role="img" aria-label={label} data-score-status={status}>
        {icon}
      </span>
    </Tooltip>
  );
}
