import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RowColumn } from './EditableRowsTable';
import { EditableRowsTable, rowUpdater } from './EditableRowsTable';
import type { ChoiceOption } from '../model/types';
import { setOptional } from '../model/setOptional';
import { PointsInput } from './PointsInput';

export interface OptionsTableProps {
  options: ChoiceOption[];
  onChange: (next: ChoiceOption[], field: string) => void;
}

function freeKey(options: ChoiceOption[]): string {
  const taken = new Set(options.map((o) => o.key));
  let n = options.length + 1;
  while (taken.has(`o${n}`)) n += 1;
  return `o${n}`;
}

/** The graded options of a choice item (好 10 / 较好 8 / …), one row each. */
export function OptionsTable({ options, onChange }: OptionsTableProps) {
  const { t } = useTranslation();
  const update = rowUpdater(options, onChange, 'option');
  const columns: RowColumn<ChoiceOption>[] = [
    {
      key: 'key',
      title: t('rubricEditor.optionKey'),
      width: 110,
      render: (option, index) => (
        <Input
          aria-label={t('rubricEditor.optionKeyAria', { n: index + 1 })}
          value={option.key}
          maxLength={40}
          onChange={(e) => update(index, { ...option, key: e.target.value.trim() }, 'key')}
        />
      ),
    },
    {
      key: 'label',
      title: t('rubricEditor.optionLabel'),
      render: (option, index) => (
        <Input
          aria-label={t('rubricEditor.optionLabelAria', { n: index + 1 })}
          value={option.label}
          onChange={(e) => update(index, { ...option, label: e.target.value }, 'label')}
        />
      ),
    },
    {
      key: 'labelEn',
      title: t('rubricEditor.optionLabelEn'),
      render: (option, index) => (
        <Input
          aria-label={t('rubricEditor.optionLabelEnAria', { n: index + 1 })}
          value={option.labelEn ?? ''}
          onChange={(e) => update(index, setOptional(option, 'labelEn', e.target.value), 'labelEn')}
        />
      ),
    },
    {
      key: 'points',
      title: t('rubricEditor.optionPoints'),
      width: 130,
      render: (option, index) => (
        <PointsInput
          ariaLabel={t('rubricEditor.optionPointsAria', { n: index + 1 })}
          value={option.points}
          onChange={(points) => update(index, { ...option, points: points ?? 0 }, 'points')}
        />
      ),
    },
  ];
  return (
    <EditableRowsTable<ChoiceOption>
      rows={options}
      columns={columns}
      onChange={onChange}
      newRow={() => ({ key: freeKey(options), label: t('rubricEditor.newOption'), points: 0 })}
      maxRows={20}
      addLabel={t('rubricEditor.addOption')}
    />
  );
}
