import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '../model/types';
import { setOptional } from '../model/setOptional';
import { PointsInput } from './PointsInput';

interface OptionRow {
  option: ChoiceOption;
  index: number;
}

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
  const update = (index: number, option: ChoiceOption, field: string) =>
    onChange(
      options.map((o, at) => (at === index ? option : o)),
      `option${index}.${field}`,
    );
  const columns: TableColumnsType<OptionRow> = [
    {
      key: 'key',
      title: t('rubricEditor.optionKey'),
      width: 110,
      render: (_, { option, index }) => (
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
      render: (_, { option, index }) => (
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
      render: (_, { option, index }) => (
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
      render: (_, { option, index }) => (
        <PointsInput
          ariaLabel={t('rubricEditor.optionPointsAria', { n: index + 1 })}
          value={option.points}
          onChange={(points) => update(index, { ...option, points: points ?? 0 }, 'points')}
        />
      ),
    },
    {
      key: 'remove',
      width: 44,
      render: (_, { index }) => (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('rubricEditor.removeRow', { n: index + 1 })}
          onClick={() =>
            onChange(
              options.filter((_, at) => at !== index),
              'remove',
            )
          }
        />
      ),
    },
  ];
  return (
    <div className="xp-editor-table">
      <Table<OptionRow>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={options.map((option, index) => ({ option, index }))}
        pagination={false}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={options.length >= 20}
        onClick={() =>
          onChange(
            [...options, { key: freeKey(options), label: t('rubricEditor.newOption'), points: 0 }],
            'add',
          )
        }
      >
        {t('rubricEditor.addOption')}
      </Button>
    </div>
  );
}
