import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { setOptional } from '../model/setOptional';
import type { LevelNameEntry } from '../model/types';

interface LevelRow {
  entry: LevelNameEntry;
  index: number;
}

export interface LevelNamesTableProps {
  levels: LevelNameEntry[];
  onChange: (next: LevelNameEntry[], field: string) => void;
}

/** Display names of levels (五星 … 后进); levels without one get the scheme's default name. */
export function LevelNamesTable({ levels, onChange }: LevelNamesTableProps) {
  const { t } = useTranslation();
  const update = (index: number, entry: LevelNameEntry, field: string) =>
    onChange(
      levels.map((l, at) => (at === index ? entry : l)),
      `level${index}.${field}`,
    );
  const columns: TableColumnsType<LevelRow> = [
    {
      key: 'level',
      title: t('rubricEditor.colLevel'),
      width: 100,
      render: (_, { entry, index }) => (
        <InputNumber<number>
          aria-label={t('rubricEditor.levelNumberAria', { n: index + 1 })}
          min={0}
          max={10}
          precision={0}
          value={entry.level}
          onChange={(v) => update(index, { ...entry, level: v ?? 0 }, 'level')}
        />
      ),
    },
    {
      key: 'name',
      title: t('rubricEditor.colLevelName'),
      render: (_, { entry, index }) => (
        <Input
          aria-label={t('rubricEditor.levelNameAria', { n: index + 1 })}
          value={entry.name}
          maxLength={300}
          onChange={(e) => update(index, { ...entry, name: e.target.value }, 'name')}
        />
      ),
    },
    {
      key: 'nameEn',
      title: t('rubricEditor.colLevelNameEn'),
      render: (_, { entry, index }) => (
        <Input
          aria-label={t('rubricEditor.levelNameEnAria', { n: index + 1 })}
          value={entry.nameEn ?? ''}
          maxLength={300}
          onChange={(e) => update(index, setOptional(entry, 'nameEn', e.target.value), 'nameEn')}
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
              levels.filter((_, at) => at !== index),
              'remove',
            )
          }
        />
      ),
    },
  ];
  const taken = new Set(levels.map((l) => l.level));
  const nextLevel = [5, 4, 3, 2, 1, 0, 6, 7, 8, 9, 10].find((l) => !taken.has(l)) ?? 0;
  return (
    <div className="xp-editor-table" data-testid="level-names">
      <Typography.Paragraph type="secondary">
        {t('rubricEditor.levelNamesHelp')}
      </Typography.Paragraph>
      <Table<LevelRow>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={levels.map((entry, index) => ({ entry, index }))}
        pagination={false}
        locale={{ emptyText: t('rubricEditor.noLevelNames') }}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={levels.length >= 11}
        onClick={() =>
          onChange(
            [
              ...levels,
              { level: nextLevel, name: t('rubricEditor.newLevelName', { level: nextLevel }) },
            ],
            'add',
          )
        }
      >
        {t('rubricEditor.addLevelName')}
      </Button>
    </div>
  );
}
