import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeightedPart } from '../model/types';
import { Field } from './Field';

export interface CodeOption {
  value: string;
  label: string;
}

export interface WeightedPartsProps {
  parts: WeightedPart[];
  codeOptions: CodeOption[];
  onChange: (next: WeightedPart[], field: string) => void;
}

/** (Σ add − Σ subtract) × weight% per part, e.g. (basic − deductions) × 70% + evaluation × 30%. */
export function WeightedParts({ parts, codeOptions, onChange }: WeightedPartsProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = (index: number, part: WeightedPart, field: string) =>
    onChange(
      parts.map((p, at) => (at === index ? part : p)),
      `part${index}.${field}`,
    );
  const totalWeight = parts.reduce((sum, p) => sum + p.weight, 0);
  return (
    <div className="xp-editor-parts" data-testid="weighted-parts">
      {parts.map((part, index) => (
        <div key={index} className="xp-editor-part">
          <div className="xp-editor-part-head">
            <span className="xp-editor-part-title">
              {t('rubricEditor.partTitle', { n: index + 1 })}
            </span>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('rubricEditor.removePart', { n: index + 1 })}
              onClick={() =>
                onChange(
                  parts.filter((_, at) => at !== index),
                  'remove',
                )
              }
            />
          </div>
          <div className="xp-editor-part-grid">
            <Field label={t('rubricEditor.partAdd')} htmlFor={`${id}-${index}-add`}>
              <Select
                id={`${id}-${index}-add`}
                mode="multiple"
                maxTagCount="responsive"
                value={part.add}
                options={codeOptions}
                optionFilterProp="label"
                onChange={(add: string[]) => update(index, { ...part, add }, 'add')}
              />
            </Field>
            <Field label={t('rubricEditor.partSubtract')} htmlFor={`${id}-${index}-sub`}>
              <Select
                id={`${id}-${index}-sub`}
                mode="multiple"
                maxTagCount="responsive"
                value={part.subtract}
                options={codeOptions}
                optionFilterProp="label"
                onChange={(subtract: string[]) => update(index, { ...part, subtract }, 'subtract')}
              />
            </Field>
            <Field label={t('rubricEditor.partWeight')} htmlFor={`${id}-${index}-weight`}>
              <InputNumber<number>
                id={`${id}-${index}-weight`}
                min={1}
                max={100}
                precision={0}
                suffix="%"
                value={part.weight}
                onChange={(v) => update(index, { ...part, weight: v ?? 1 }, 'weight')}
              />
            </Field>
          </div>
        </div>
      ))}
      <div className="xp-editor-inline">
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={parts.length >= 10}
          onClick={() => onChange([...parts, { add: [], subtract: [], weight: 30 }], 'add')}
        >
          {t('rubricEditor.addPart')}
        </Button>
        <span className={totalWeight === 100 ? 'xp-editor-hint' : 'xp-editor-hint xp-editor-warn'}>
          {t('rubricEditor.totalWeight', { weight: totalWeight })}
        </span>
      </div>
    </div>
  );
}
