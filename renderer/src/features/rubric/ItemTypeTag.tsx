import { StopOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemType } from '../../../../shared/domain/rubric';

const COLORS: Record<ItemType, string> = {
  points: 'blue',
  deduction: 'orange',
  choice: 'cyan',
  check: 'green',
  bonus: 'gold',
  veto: 'red',
  gate: 'purple',
};

export interface ItemTypeTagProps {
  type: ItemType;
}

export function ItemTypeTag({ type }: ItemTypeTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[type]} icon={type === 'veto' ? <StopOutlined /> : undefined}>
      {t(`itemType.${type}`)}
    </Tag>
  );
}
