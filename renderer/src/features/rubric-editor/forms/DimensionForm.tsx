import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricDimension } from '../model/types';
import { dimensionSum } from '../model/sums';
import { setOptional } from '../model/setOptional';
import { ChildrenSum } from './ChildrenSum';
import { Field } from './Field';
import { NameFields } from './NameFields';
import { PointsInput } from './PointsInput';

export interface DimensionFormProps {
  dimension: RubricDimension;
  perStar: boolean;
  onChange: (next: RubricDimension, field: string) => void;
}

export function DimensionForm({ dimension, perStar, onChange }: DimensionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const sum = dimensionSum(dimension);
  return (
    <>
      <NameFields value={dimension} onChange={onChange} />
      <div className="xp-editor-grid">
        <Field label={t('rubricEditor.fieldMax')} htmlFor={`${id}-max`}>
          <PointsInput
            id={`${id}-max`}
            value={dimension.max}
            onChange={(max) => onChange({ ...dimension, max: max ?? 0 }, 'max')}
          />
        </Field>
        <Field
          label={t('rubricEditor.fieldPassLine')}
          htmlFor={`${id}-pass`}
          help={perStar ? t('rubricEditor.passLineHelp') : t('rubricEditor.passLineUnused')}
        >
          <PointsInput
            id={`${id}-pass`}
            value={dimension.passLine}
            placeholder={t('rubricEditor.notSet')}
            onChange={(v) => onChange(setOptional(dimension, 'passLine', v), 'passLine')}
          />
        </Field>
        <Field
          label={t('rubricEditor.fieldBonusCap')}
          htmlFor={`${id}-bonus`}
          help={t('rubricEditor.dimensionBonusCapHelp')}
        >
          <PointsInput
            id={`${id}-bonus`}
            value={dimension.bonusCap}
            placeholder={t('rubricEditor.notSet')}
            onChange={(v) => onChange(setOptional(dimension, 'bonusCap', v), 'bonusCap')}
          />
        </Field>
      </div>
      <ChildrenSum sum={sum} onAdopt={() => onChange({ ...dimension, max: sum.sum }, 'adopt')} />
    </>
  );
}
