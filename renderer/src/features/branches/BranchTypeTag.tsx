import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchType } from '../../../../shared/domain/org';

const COLORS: Record<BranchType, string> = { rural: 'green', community: 'blue', other: 'default' };

export interface BranchTypeTagProps {
  type: BranchType;
}

export function BranchTypeTag({ type }: BranchTypeTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[type]} variant="outlined">
      {t(`branchType.${type}`)}
    </Tag>
  );
}
