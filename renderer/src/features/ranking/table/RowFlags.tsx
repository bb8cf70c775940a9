import {
  ColumnWidthOutlined,
  DisconnectOutlined,
  FallOutlined,
  LockOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingRow } from '../../../../../shared/domain/views';

type Flag = RankingRow['flags'][number];

const ICONS: Record<Flag, ReactNode> = {
  veto: <StopOutlined />,
  demoted: <FallOutlined />,
  'border-tie': <ColumnWidthOutlined />,
  gate: <LockOutlined />,
  'ignored-sheets': <DisconnectOutlined />,
};

export interface RowFlagsProps {
  flags: RankingRow['flags'];
}

/** Small marks the committee should notice; each names itself for screen readers and on hover. */
export function RowFlags({ flags }: RowFlagsProps) {
  const { t } = useTranslation();
  return (
    <span className="xp-rank-flags">
      {flags.map((flag) => {
        const label = t(`ranking.flag.${flag}`);
        return (
          <Tooltip key={flag} title={label}>
            <span role="img" aria-label={label} className={`xp-rank-flag-${flag}`}>
              {ICONS[flag]}
            </span>
          </Tooltip>
        );
      })}
    </span>
  );
}
