import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  InfoCircleOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Reason } from '../../../../../shared/scoring/types';
import type { ReasonNames } from './describeReason';
import { describeReason, reasonTone } from './describeReason';

const ICONS: Record<ReturnType<typeof reasonTone>, ReactNode> = {
  success: <CheckCircleOutlined />,
  warning: <ExclamationCircleOutlined />,
  error: <CloseCircleOutlined />,
  info: <InfoCircleOutlined />,
};

export interface ReasonListProps {
  reasons: Reason[];
  names: ReasonNames;
}

export function ReasonList({ reasons, names }: ReasonListProps) {
  if (reasons.length === 0) return <p>{names.t('ranking.noReasons')}</p>;
  return (
    <ul className="xp-explain-reasons" data-testid="explain-reasons">
      {reasons.map((reason, index) => {
        const tone = reasonTone(reason);
        return (
          // Reasons have no identity of their own; their order is the engine's and stable.
          <li key={index} className={`xp-reason-${tone}`} data-kind={reason.kind}>
            <span className="xp-reason-icon">{ICONS[tone]}</span>
            <span>{describeReason(names, reason)}</span>
          </li>
        );
      })}
    </ul>
  );
}
