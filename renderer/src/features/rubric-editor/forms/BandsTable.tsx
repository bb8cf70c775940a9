import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Band } from '../model/types';
import { PointsInput } from './PointsInput';

interface BandRow {
  band: Band;
  index: number;
}

export interface BandsTableProps {
  bands: Band[];
  onChange: (next: Band[], field: string) => void;
  levelLabel: (level: number) => string;
}

/** Score bands: a total of `min` or more gives the level (the highest band that fits wins). */
export function BandsTable({ bands, onChange, levelLabel }: BandsTableProps) {
  const { t } = useTranslation();
  const update = (index: number, band: Band, field: string) =>
    onChange(
      bands.map((b, at) => (at === index ? band : b)),
      `band${index}.${field}`,
    );
  const columns: TableColumnsType<BandRow> = [
    {
      key: 'level',
      title: t('rubricEditor.colLevel'),
      width: 180,
      render: (_, { band, index }) => (
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
      render: (_, { band, index }) => (
        <PointsInput
          ariaLabel={t('rubricEditor.bandMinAria', { n: index + 1 })}
          value={band.min}
          onChange={(min) => update(index, { ...band, min: min ?? 0 }, 'min')}
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
              bands.filter((_, at) => at !== index),
              'remove',
            )
          }
        />
      ),
    },
  ];
  const lowest = bands.reduce((low, b) => Math.min(low, b.level), 11);
  return (
    <div className="xp-editor-table" data-testid="bands-table">
      <Table<BandRow>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={bands.map((band, index) => ({ band, index }))}
        pagination={false}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={bands.length >= 11}
        onClick={() =>
          onChange([...bands, { level: Math.max(0, Math.min(10, lowest - 1)), min: 0 }], 'add')
        }
      >
        {t('rubricEditor.addBand')}
      </Button>
    </div>
  );
}
