import { Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setOptional } from '../model/setOptional';
import { Field } from './Field';

interface Named {
  code: string;
  name: string;
  nameEn?: string | undefined;
}

export interface NameFieldsProps<T extends Named> {
  value: T;
  onChange: (next: T, field: string) => void;
}

/** Code, Chinese name and optional English name: the same three fields on every node. */
export function NameFields<T extends Named>({ value, onChange }: NameFieldsProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="xp-editor-grid">
      <Field label={t('rubricEditor.fieldCode')} htmlFor={`${id}-code`}>
        <Input
          id={`${id}-code`}
          value={value.code}
          maxLength={40}
          onChange={(e) => onChange({ ...value, code: e.target.value.trim() }, 'code')}
        />
      </Field>
      <Field label={t('rubricEditor.fieldName')} htmlFor={`${id}-name`}>
        <Input
          id={`${id}-name`}
          value={value.name}
          maxLength={300}
          onChange={(e) => onChange({ ...value, name: e.target.value }, 'name')}
        />
      </Field>
      <Field label={t('rubricEditor.fieldNameEn')} htmlFor={`${id}-nameEn`}>
        <Input
          id={`${id}-nameEn`}
          value={value.nameEn ?? ''}
          maxLength={300}
          onChange={(e) => onChange(setOptional(value, 'nameEn', e.target.value), 'nameEn')}
        />
      </Field>
    </div>
  );
}
