import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuotaOrder } from '../model/types';
import { Field } from './Field';

const ORDERS: QuotaOrder[] = ['level-first', 'total-first'];

export interface QuotaOrderFieldProps {
  value: QuotaOrder;
  onChange: (order: QuotaOrder) => void;
}

/** Who keeps a place when a quota is full: the level qualified for first, or the total. */
export function QuotaOrderField({ value, onChange }: QuotaOrderFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('rubricEditor.quotaOrder')} help={t(`rubric.quotaOrder.${value}`)}>
      <Radio.Group
        aria-label={t('rubricEditor.quotaOrder')}
        optionType="button"
        value={value}
        data-testid="quota-order"
        options={ORDERS.map((order) => ({
          value: order,
          label: t(`rubricEditor.quotaOrderOption.${order}`),
        }))}
        onChange={(e) => onChange(e.target.value as QuotaOrder)}
      />
    </Field>
  );
}
