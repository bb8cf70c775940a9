import { InputNumber, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateRule } from '../model/types';
import { Field } from './Field';
import { PointsInput } from './PointsInput';

export interface GateFieldsProps {
  gate: GateRule;
  onChange: (next: GateRule, field: string) => void;
  levelLabel: (level: number) => string;
}

function withMin(rule: GateRule, min: number | undefined): GateRule {
  const { min: _old, ...rest } = rule;
  return min === undefined ? rest : { ...rest, min };
}

/** A condition on a level: what must be recorded, and what failing it costs. */
export function GateFields({ gate, onChange, levelLabel }: GateFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="xp-editor-grid">
      <Field label={t('rubricEditor.gateEffect')} htmlFor={`${id}-effect`}>
        <Select<GateRule['effect']>
          id={`${id}-effect`}
          value={gate.effect}
          options={[
            { value: 'cancel-star', label: t('rubricEditor.gateEffects.cancel-star') },
            { value: 'cap-level', label: t('rubricEditor.gateEffects.cap-level') },
          ]}
          onChange={(effect) =>
            onChange(
              withMin(effect === 'cap-level' ? { effect, level: 5 } : { effect }, gate.min),
              'effect',
            )
          }
        />
      </Field>
      <Field
        label={t('rubricEditor.gateMin')}
        htmlFor={`${id}-min`}
        help={t('rubricEditor.gateMinHelp')}
      >
        <PointsInput
          id={`${id}-min`}
          value={gate.min}
          step={1}
          suffix={null}
          placeholder={t('rubricEditor.gateMinNone')}
          onChange={(min) => onChange(withMin(gate, min), 'min')}
        />
      </Field>
      {gate.effect === 'cap-level' && (
        <Field
          label={t('rubricEditor.gateLevel')}
          htmlFor={`${id}-level`}
          help={t('rubricEditor.gateLevelHelp', {
            level: levelLabel(gate.level),
            capped: levelLabel(Math.max(0, gate.level - 1)),
          })}
        >
          <InputNumber<number>
            id={`${id}-level`}
            min={1}
            max={10}
            precision={0}
            value={gate.level}
            onChange={(v) => onChange({ ...gate, level: v ?? 1 }, 'level')}
          />
        </Field>
      )}
    </div>
  );
}
