import { Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RowColumn } from './EditableRowsTable';
import { EditableRowsTable, rowUpdater } from './EditableRowsTable';
import { setOptional } from '../model/setOptional';
import type { LevelNameEntry } from '../model/types';

export interface LevelNamesTableProps {
  levels: LevelNameEntry[];
  onChange: (next: LevelNameEntry[], field: string) => void;
}

/** Display names of levels (五星 … 后进); levels without one get the scheme's default name. */
export function LevelNamesTable({ levels, onChange }: LevelNamesTableProps) {
  const { t } = useTranslation();
  const update = rowUpdater(levels, onChange, 'level');
  const columns: RowColumn<LevelNameEntry>[] = [
    {
      key: 'level',
      title: t('rubricEditor.colLevel'),
      width: 100,
      render: (entry, index) => (
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
      render: (entry, index) => (
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
      render: (entry, index) => (
        <Input
          aria-label={t('rubricEditor.levelNameEnAria', { n: index + 1 })}
          value={entry.nameEn ?? ''}
          maxLength={300}
          onChange={(e) => update(index, setOptional(entry, 'nameEn', e.target.value), 'nameEn')}
        />
      ),
    },
  ];
  const taken = new Set(levels.map((l) => l.level));
  const nextLevel = [5, 4, 3, 2, 1, 0, 6, 7, 8, 9, 10].find((l) => !taken.has(l)) ?? 0;
  return (
    <EditableRowsTable<LevelNameEntry>
      rows={levels}
      columns={columns}
      onChange={onChange}
      newRow={() => ({
        level: nextLevel,
        name: t('rubricEditor.newLevelName', { level: nextLevel }),
      })}
      maxRows={11}
      addLabel={t('rubricEditor.addLevelName')}
      help={t('rubricEditor.levelNamesHelp')}
      emptyText={t('rubricEditor.noLevelNames')}
      testId="level-names"
    />
  );
}
