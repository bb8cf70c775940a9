import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CloseCircleOutlined,
  MinusOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearChange } from '../../../../../shared/scoring/types';

const LOOK: Record<YearChange, { color: string; icon: ReactNode }> = {
  gained: { color: 'success', icon: <ArrowUpOutlined /> },
  lost: { color: 'warning', icon: <ArrowDownOutlined /> },
  withdrawn: { color: 'error', icon: <CloseCircleOutlined /> },
  same: { color: 'default', icon: <MinusOutlined /> },
  new: { color: 'processing', icon: <PlusOutlined /> },
};

export interface ChangeTagProps {
  change: YearChange;
}

/** Year-over-year change: icon and word, never colour alone (projectors wash colours out). */
export function ChangeTag({ change }: ChangeTagProps) {
  const { t } = useTranslation();
  const look = LOOK[change];
  return (
    <Tag color={look.color} icon={look.icon} className="xp-rank-change" data-change={change}>
      {t(`ranking.change.${change}`)}
    </Tag>
  );
}
