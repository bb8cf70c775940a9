import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricIndicator } from '../model/types';
import { indicatorSum } from '../model/sums';
import { ChildrenSum } from './ChildrenSum';
import { Field } from './Field';
import { NameFields } from './NameFields';
import { PointsInput } from './PointsInput';

export interface IndicatorFormProps {
  indicator: RubricIndicator;
  onChange: (next: RubricIndicator, field: string) => void;
}

export function IndicatorForm({ indicator, onChange }: IndicatorFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const sum = indicatorSum(indicator);
  return (
    <>
      <NameFields value={indicator} onChange={onChange} />
      <div className="xp-editor-grid">
        <Field
          label={t('rubricEditor.fieldMax')}
          htmlFor={`${id}-max`}
          help={t('rubricEditor.indicatorMaxHelp')}
        >
          <PointsInput
            id={`${id}-max`}
            value={indicator.max}
            onChange={(max) => onChange({ ...indicator, max: max ?? 0 }, 'max')}
          />
        </Field>
      </div>
      <ChildrenSum sum={sum} onAdopt={() => onChange({ ...indicator, max: sum.sum }, 'adopt')} />
    </>
  );
}
