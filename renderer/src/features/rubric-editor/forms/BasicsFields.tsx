import { InputNumber, Segmented, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { rubricSum } from '../model/sums';
import { setOptional } from '../model/setOptional';
import type { CombineRule, RubricDefinition } from '../model/types';
import { ChildrenSum } from './ChildrenSum';
import { Field } from './Field';
import { PointsInput } from './PointsInput';

export interface BasicsFieldsProps {
  definition: RubricDefinition;
  onChange: (next: RubricDefinition, field: string) => void;
}

type Precision = RubricDefinition['precision'];
type Method = CombineRule['method'];

/** Rubric-wide numbers: maximum, bonus cap, rounding and how evaluators' scores combine. */
export function BasicsFields({ definition, onChange }: BasicsFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const sum = rubricSum(definition);
  const { combine } = definition;
  return (
    <>
      <div className="xp-editor-grid">
        <Field label={t('rubricEditor.fieldRubricMax')} htmlFor={`${id}-max`}>
          <PointsInput
            id={`${id}-max`}
            value={definition.max}
            onChange={(max) => onChange({ ...definition, max: max ?? 0 }, 'max')}
          />
        </Field>
        <Field
          label={t('rubricEditor.fieldBonusCap')}
          htmlFor={`${id}-bonus`}
          help={t('rubricEditor.rubricBonusCapHelp')}
        >
          <PointsInput
            id={`${id}-bonus`}
            value={definition.bonusCap}
            placeholder={t('rubricEditor.notSet')}
            onChange={(v) => onChange(setOptional(definition, 'bonusCap', v), 'bonusCap')}
          />
        </Field>
      </div>
      <ChildrenSum sum={sum} onAdopt={() => onChange({ ...definition, max: sum.sum }, 'adopt')} />
      <div className="xp-editor-grid xp-editor-section">
        <Field label={t('rubricEditor.fieldPrecision')} help={t('rubricEditor.precisionHelp')}>
          <Segmented<Precision>
            aria-label={t('rubricEditor.fieldPrecision')}
            value={definition.precision}
            options={([0, 1, 2] as const).map((p) => ({
              value: p,
              label: t(`rubricEditor.precisions.${p}`),
            }))}
            onChange={(precision) => onChange({ ...definition, precision }, 'precision')}
          />
        </Field>
        <Field label={t('rubricEditor.fieldCombine')} htmlFor={`${id}-combine`}>
          <Select<Method>
            id={`${id}-combine`}
            value={combine.method}
            options={(['mean', 'trimmed-mean', 'median'] as const).map((method) => ({
              value: method,
              label: t(`rubric.combineMethods.${method}`),
            }))}
            onChange={(method) =>
              onChange({ ...definition, combine: { ...combine, method } }, 'combine')
            }
          />
        </Field>
        {combine.method === 'trimmed-mean' && (
          <Field
            label={t('rubricEditor.fieldTrimMin')}
            htmlFor={`${id}-trim`}
            help={t('rubricEditor.trimMinHelp')}
          >
            <InputNumber<number>
              id={`${id}-trim`}
              min={3}
              max={50}
              precision={0}
              value={combine.trimMinEvaluators}
              onChange={(v) =>
                onChange(
                  { ...definition, combine: { ...combine, trimMinEvaluators: v ?? 5 } },
                  'trimMin',
                )
              }
            />
          </Field>
        )}
      </div>
    </>
  );
}
