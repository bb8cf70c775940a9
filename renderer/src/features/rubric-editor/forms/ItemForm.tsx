import { Input, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_TYPES } from '../../../../../shared/domain/rubric';
import { changeItemType } from '../model/changeItemType';
import { setOptional } from '../model/setOptional';
import type { ItemType, RubricItem } from '../model/types';
import { Field } from './Field';
import { GateFields } from './GateFields';
import { NameFields } from './NameFields';
import { OptionsTable } from './OptionsTable';
import { PointsInput } from './PointsInput';
import { VetoFields } from './VetoFields';

export interface ItemFormProps {
  item: RubricItem;
  onChange: (next: RubricItem, field: string) => void;
  levelLabel: (level: number) => string;
}

export function ItemForm({ item, onChange, levelLabel }: ItemFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const noPoints = item.type === 'veto' || item.type === 'gate';
  return (
    <>
      <NameFields value={item} onChange={onChange} />
      <div className="xp-editor-grid">
        <Field label={t('rubricEditor.fieldType')} htmlFor={`${id}-type`}>
          <Select<ItemType>
            id={`${id}-type`}
            value={item.type}
            options={ITEM_TYPES.map((type) => ({ value: type, label: t(`itemType.${type}`) }))}
            onChange={(type) =>
              onChange(
                changeItemType(item, type, {
                  high: t('rubricEditor.defaultOptionHigh'),
                  low: t('rubricEditor.defaultOptionLow'),
                }),
                'type',
              )
            }
          />
        </Field>
        <Field
          label={
            item.type === 'bonus' ? t('rubricEditor.fieldBonusMax') : t('rubricEditor.fieldMax')
          }
          htmlFor={`${id}-max`}
          help={noPoints ? t('rubricEditor.noPointsHelp') : undefined}
        >
          <PointsInput
            id={`${id}-max`}
            value={item.max}
            disabled={noPoints}
            onChange={(max) => onChange({ ...item, max: max ?? 0 }, 'max')}
          />
        </Field>
        {(item.type === 'points' || item.type === 'bonus') && (
          <Field
            label={t('rubricEditor.fieldStep')}
            htmlFor={`${id}-step`}
            help={t('rubricEditor.stepHelp')}
          >
            <PointsInput
              id={`${id}-step`}
              value={item.step}
              step={0.5}
              placeholder={t('rubricEditor.notSet')}
              onChange={(step) => onChange(setOptional(item, 'step', step || undefined), 'step')}
            />
          </Field>
        )}
        {item.type === 'deduction' && (
          <Field label={t('rubricEditor.fieldPerFinding')} htmlFor={`${id}-per`}>
            <PointsInput
              id={`${id}-per`}
              value={item.perFinding}
              step={0.5}
              placeholder={t('rubricEditor.notSet')}
              onChange={(v) =>
                onChange(setOptional(item, 'perFinding', v || undefined), 'perFinding')
              }
            />
          </Field>
        )}
      </div>
      {item.type === 'choice' && (
        <Field label={t('rubricEditor.fieldOptions')}>
          <OptionsTable
            options={item.options ?? []}
            onChange={(options, field) => onChange({ ...item, options }, `options.${field}`)}
          />
        </Field>
      )}
      {item.type === 'veto' && (
        <VetoFields
          // A veto without a stated effect is read as the strictest one (no rating).
          veto={item.veto ?? { scope: 'rating', effect: 'no-rating' }}
          levelLabel={levelLabel}
          onChange={(veto, field) => onChange({ ...item, veto }, `veto.${field}`)}
        />
      )}
      {item.type === 'gate' && (
        <GateFields
          gate={item.gate ?? { effect: 'cancel-star' }}
          levelLabel={levelLabel}
          onChange={(gate, field) => onChange({ ...item, gate }, `gate.${field}`)}
        />
      )}
      <Field label={t('rubricEditor.fieldGuidance')} htmlFor={`${id}-guidance`}>
        <Input.TextArea
          id={`${id}-guidance`}
          value={item.guidance ?? ''}
          maxLength={2000}
          // Fixed rows: autoSize measures with a style attribute, which the CSP blocks.
          rows={4}
          onChange={(e) => onChange(setOptional(item, 'guidance', e.target.value), 'guidance')}
        />
      </Field>
    </>
  );
}
