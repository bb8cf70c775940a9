import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TieBreaker } from '../model/types';
import type { CodeOption } from './WeightedParts';

const ROUND_KINDS = ['self', 'township', 'county', 'other'] as const;

export interface TieBreakersProps {
  tieBreakers: TieBreaker[];
  dimensionOptions: CodeOption[];
  onChange: (next: TieBreaker[], field: string) => void;
}

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  if (entry !== undefined) next.splice(to, 0, entry);
  return next;
}

/** What decides between branches with the same level and total, in order. */
export function TieBreakers({ tieBreakers, dimensionOptions, onChange }: TieBreakersProps) {
  const { t } = useTranslation();
  const update = (index: number, tb: TieBreaker) =>
    onChange(
      tieBreakers.map((x, at) => (at === index ? tb : x)),
      `tb${index}`,
    );
  const firstDimension = dimensionOptions[0]?.value;
  return (
    <div className="xp-editor-table" data-testid="tie-breakers">
      <Typography.Paragraph type="secondary">
        {t('rubricEditor.tieBreakersHelp')}
      </Typography.Paragraph>
      <ol className="xp-editor-list">
        {tieBreakers.map((tb, index) => (
          <li key={index} className="xp-editor-inline">
            <span className="xp-tb-index">{index + 1}.</span>
            <Select<TieBreaker['kind']>
              aria-label={t('rubricEditor.tieBreakerKindAria', { n: index + 1 })}
              className="xp-tb-kind"
              value={tb.kind}
              options={[
                { value: 'dimension', label: t('rubricEditor.tieBreakerKinds.dimension') },
                { value: 'round-total', label: t('rubricEditor.tieBreakerKinds.round-total') },
              ]}
              onChange={(kind) =>
                update(
                  index,
                  kind === 'dimension'
                    ? { kind, code: firstDimension ?? '' }
                    : { kind, roundKind: 'self' },
                )
              }
            />
            {tb.kind === 'dimension' ? (
              <Select
                aria-label={t('rubricEditor.tieBreakerTargetAria', { n: index + 1 })}
                className="xp-tb-target"
                value={tb.code}
                options={dimensionOptions}
                onChange={(code: string) => update(index, { kind: 'dimension', code })}
              />
            ) : (
              <Select<(typeof ROUND_KINDS)[number]>
                aria-label={t('rubricEditor.tieBreakerTargetAria', { n: index + 1 })}
                className="xp-tb-target"
                value={tb.roundKind}
                options={ROUND_KINDS.map((k) => ({ value: k, label: t(`roundKind.${k}`) }))}
                onChange={(roundKind) => update(index, { kind: 'round-total', roundKind })}
              />
            )}
            <Button
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={index === 0}
              aria-label={t('rubricEditor.moveUp')}
              onClick={() => onChange(moved(tieBreakers, index, index - 1), 'move')}
            />
            <Button
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={index === tieBreakers.length - 1}
              aria-label={t('rubricEditor.moveDown')}
              onClick={() => onChange(moved(tieBreakers, index, index + 1), 'move')}
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('rubricEditor.removeRow', { n: index + 1 })}
              onClick={() =>
                onChange(
                  tieBreakers.filter((_, at) => at !== index),
                  'remove',
                )
              }
            />
          </li>
        ))}
      </ol>
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={tieBreakers.length >= 5}
        onClick={() =>
          onChange(
            [
              ...tieBreakers,
              firstDimension
                ? { kind: 'dimension', code: firstDimension }
                : { kind: 'round-total', roundKind: 'self' },
            ],
            'add',
          )
        }
      >
        {t('rubricEditor.addTieBreaker')}
      </Button>
    </div>
  );
}
