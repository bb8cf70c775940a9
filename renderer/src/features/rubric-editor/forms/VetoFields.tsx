import { InputNumber, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VetoRule } from '../model/types';
import { Field } from './Field';

export interface VetoFieldsProps {
  veto: VetoRule;
  onChange: (next: VetoRule, field: string) => void;
  levelLabel: (level: number) => string;
}

type Effect = VetoRule['effect'];

function ruleFor(effect: Effect, capLevel: number): VetoRule {
  switch (effect) {
    case 'cancel-star':
      return { scope: 'star', effect };
    case 'cap-level':
      return { scope: 'rating', effect, capLevel };
    case 'no-rating':
      return { scope: 'rating', effect };
  }
}

/** Scope first (this star, or the whole rating), then what a raised veto does within it. */
export function VetoFields({ veto, onChange, levelLabel }: VetoFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const capLevel = veto.effect === 'cap-level' ? veto.capLevel : 0;
  const effects: Effect[] = veto.scope === 'star' ? ['cancel-star'] : ['cap-level', 'no-rating'];
  return (
    <div className="xp-editor-grid">
      <Field label={t('rubricEditor.vetoScope')} htmlFor={`${id}-scope`}>
        <Select
          id={`${id}-scope`}
          value={veto.scope}
          options={[
            { value: 'star', label: t('rubricEditor.vetoScopeStar') },
            { value: 'rating', label: t('rubricEditor.vetoScopeRating') },
          ]}
          onChange={(scope) =>
            onChange(ruleFor(scope === 'star' ? 'cancel-star' : 'no-rating', capLevel), 'scope')
          }
        />
      </Field>
      <Field label={t('rubricEditor.vetoEffect')} htmlFor={`${id}-effect`}>
        <Select<Effect>
          id={`${id}-effect`}
          value={veto.effect}
          options={effects.map((effect) => ({
            value: effect,
            label: t(`rubricEditor.vetoEffects.${effect}`),
          }))}
          onChange={(effect) => onChange(ruleFor(effect, capLevel), 'effect')}
        />
      </Field>
      {veto.effect === 'cap-level' && (
        <Field
          label={t('rubricEditor.vetoCapLevel')}
          htmlFor={`${id}-cap`}
          help={t('rubricEditor.vetoCapLevelHelp', { level: levelLabel(veto.capLevel) })}
        >
          <InputNumber<number>
            id={`${id}-cap`}
            min={0}
            max={10}
            precision={0}
            value={veto.capLevel}
            onChange={(v) => onChange({ ...veto, capLevel: v ?? 0 }, 'capLevel')}
          />
        </Field>
      )}
    </div>
  );
}
