import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RowColumn } from './EditableRowsTable';
import { EditableRowsTable, rowUpdater } from './EditableRowsTable';
import type { Band } from '../model/types';
import { PointsInput } from './PointsInput';

export interface BandsTableProps {
  bands: Band[];
  onChange: (next: Band[], field: string) => void;
  levelLabel: (level: number) => string;
}

/** Score bands: a total of `min` or more gives the level (the highest band that fits wins). */
export function BandsTable({ bands, onChange, levelLabel }: BandsTableProps) {
  const { t } = useTranslation();
  const update = rowUpdater(bands, onChange, 'band');
  const columns: RowColumn<Band>[] = [
    {
      key: 'level',
      title: t('rubricEditor.colLevel'),
      width: 180,
      render: (band, index) => (
        <span className="xp-editor-inline">
          <InputNumber<number>
            aria-label={t('rubricEditor.bandLevelAria', { n: index + 1 })}
            min={0}
            max={10}
            precision={0}
            value={band.level}
            onChange={(v) => update(index, { ...band, level: v ?? 0 }, 'level')}
          />
          <span className="xp-editor-hint">{levelLabel(band.level)}</span>
        </span>
      ),
    },
    {
      key: 'min',
      title: t('rubricEditor.colBandMin'),
      render: (band, index) => (
        <PointsInput
          ariaLabel={t('rubricEditor.bandMinAria', { n: index + 1 })}
          value={band.min}
          onChange={(min) => update(index, { ...band, min: min ?? 0 }, 'min')}
        />
      ),
    },
  ];
  const lowest = bands.reduce((low, b) => Math.min(low, b.level), 11);
  return (
    <EditableRowsTable<Band>
      rows={bands}
      columns={columns}
      onChange={onChange}
      newRow={() => ({ level: Math.max(0, Math.min(10, lowest - 1)), min: 0 })}
      maxRows={11}
      addLabel={t('rubricEditor.addBand')}
      testId="bands-table"
    />
  );
}
