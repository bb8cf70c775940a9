import { CheckCircleOutlined, ClockCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemName, MatrixCell } from '../../../../../shared/domain/views/progress';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';

export interface StatusCellProps {
  cell: MatrixCell;
  href: string;
  requiredItems: number;
  items: Map<string, ItemName>;
  label: string;
}

const LOOK: Record<
  Exclude<MatrixCell['status'], 'unassigned'>,
  { color: string; icon: ReactNode }
> = {
  submitted: { color: 'success', icon: <CheckCircleOutlined /> },
  'in-progress': { color: 'processing', icon: <EditOutlined /> },
  'not-started': { color: 'warning', icon: <ClockCircleOutlined /> },
};

/** One sheet's state: a link straight to the sheet, listing what is missing on hover or focus. */
export function StatusCell({ cell, href, requiredItems, items, label }: StatusCellProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  if (cell.status === 'unassigned') {
    return (
      <Typography.Text type="secondary" aria-label={t('progress.status.unassigned')}>
        —
      </Typography.Text>
    );
  }
  const look = LOOK[cell.status];
  const text =
    cell.status === 'in-progress'
      ? t('progress.status.inProgressCount', { entered: cell.entered, total: requiredItems })
      : t(`progress.status.${cell.status === 'submitted' ? 'submitted' : 'notStarted'}`);
  const tip =
    cell.missing.length > 0 ? (
      <>
        {t('progress.missingTitle', { count: cell.missing.length })}
        <ul className="xp-pg-missing">
          {cell.missing.map((code) => {
            const item = items.get(code);
            const name = item ? (language === 'en' ? item.nameEn : item.name) : '';
            return <li key={code}>{`${code} ${name}`}</li>;
          })}
        </ul>
      </>
    ) : (
      label
    );
  return (
    <Tooltip title={tip}>
      <a href={href} aria-label={`${label}: ${text}`} data-status={cell.status}>
        <Tag color={look.color} icon={look.icon} variant="outlined">
          {text}
        </Tag>
      </a>
    </Tooltip>
  );
}
