import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankingStatus } from '../filters/rankingFilters';

const COLORS: Record<RankingStatus, string> = {
  rated: 'green',
  vetoed: 'red',
  incomplete: 'orange',
  unscored: 'default',
};

export interface StatusTagProps {
  status: RankingStatus;
}

export function StatusTag({ status }: StatusTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`ranking.status.${status}`)}
    </Tag>
  );
}
