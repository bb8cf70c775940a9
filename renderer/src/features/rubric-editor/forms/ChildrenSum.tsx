import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../../shared/domain/points';
import type { NodeSum } from '../model/sums';

export interface ChildrenSumProps {
  sum: NodeSum;
  /** Sets the declared maximum to the children's sum. */
  onAdopt: () => void;
}

/** The live check next to a maximum: what the children add up to, and a one-click fix. */
export function ChildrenSum({ sum, onAdopt }: ChildrenSumProps) {
  const { t } = useTranslation();
  const total = formatCenti(sum.sum);
  if (sum.declared === sum.sum) {
    return (
      <Typography.Text type="success" data-testid="children-sum">
        <CheckCircleFilled /> {t('rubricEditor.childrenSumOk', { sum: total })}
      </Typography.Text>
    );
  }
  return (
    <Space size="small" wrap data-testid="children-sum">
      <Typography.Text type="danger">
        <WarningFilled />{' '}
        {t('rubricEditor.childrenSumMismatch', { sum: total, declared: formatCenti(sum.declared) })}
      </Typography.Text>
      <Button size="small" onClick={onAdopt}>
        {t('rubricEditor.adoptSum', { sum: total })}
      </Button>
    </Space>
  );
}
