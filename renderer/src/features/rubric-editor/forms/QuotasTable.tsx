import { InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RowColumn } from './EditableRowsTable';
import { EditableRowsTable, rowUpdater } from './EditableRowsTable';
import type { Quota } from '../model/types';
import { LimitInput } from './LimitInput';

export interface QuotasTableProps {
  quotas: Quota[];
  onChange: (next: Quota[], field: string) => void;
  levelLabel: (level: number) => string;
}

/** 比例控制: ceilings and floors on how many branches may hold each level. */
export function QuotasTable({ quotas, onChange, levelLabel }: QuotasTableProps) {
  const { t } = useTranslation();
  const update = rowUpdater(quotas, onChange, 'quota');
  const withLimit = (quota: Quota, key: 'max' | 'min', limit: Quota['max']): Quota => {
    const next = { ...quota };
    if (limit === undefined) delete next[key];
    else next[key] = limit;
    return next;
  };
  const columns: RowColumn<Quota>[] = [
    {
      key: 'level',
      title: t('rubricEditor.colLevel'),
      width: 150,
      render: (quota, index) => (
        <span className="xp-editor-inline">
          <InputNumber<number>
            aria-label={t('rubricEditor.quotaLevelAria', { n: index + 1 })}
            className="xp-level-input"
            min={0}
            max={10}
            precision={0}
            value={quota.level}
            onChange={(v) => update(index, { ...quota, level: v ?? 0 }, 'level')}
          />
          <span className="xp-editor-hint">{levelLabel(quota.level)}</span>
        </span>
      ),
    },
    {
      key: 'max',
      title: t('rubricEditor.colQuotaMax'),
      render: (quota, index) => (
        <LimitInput
          ariaLabel={t('rubricEditor.quotaMaxAria', { n: index + 1 })}
          value={quota.max}
          onChange={(limit) => update(index, withLimit(quota, 'max', limit), 'max')}
        />
      ),
    },
    {
      key: 'min',
      title: t('rubricEditor.colQuotaMin'),
      render: (quota, index) => (
        <LimitInput
          ariaLabel={t('rubricEditor.quotaMinAria', { n: index + 1 })}
          value={quota.min}
          onChange={(limit) => update(index, withLimit(quota, 'min', limit), 'min')}
        />
      ),
    },
    {
      key: 'scope',
      title: t('rubricEditor.fieldScope'),
      width: 110,
      render: (quota, index) => (
        <Select<Quota['scope']>
          aria-label={t('rubricEditor.quotaScopeAria', { n: index + 1 })}
          className="xp-fill"
          value={quota.scope}
          options={[
            { value: 'campaign', label: t('rubric.scopes.campaign') },
            { value: 'township', label: t('rubric.scopes.township') },
          ]}
          onChange={(scope) => update(index, { ...quota, scope }, 'scope')}
        />
      ),
    },
    {
      key: 'ties',
      title: t('rubricEditor.colTies'),
      width: 130,
      render: (quota, index) => (
        <Select<Quota['ties']>
          aria-label={t('rubricEditor.quotaTiesAria', { n: index + 1 })}
          className="xp-fill"
          value={quota.ties}
          options={[
            { value: 'demote-all', label: t('rubric.ties.demote-all') },
            { value: 'keep-all', label: t('rubric.ties.keep-all') },
          ]}
          onChange={(ties) => update(index, { ...quota, ties }, 'ties')}
        />
      ),
    },
  ];
  return (
    <EditableRowsTable<Quota>
      rows={quotas}
      columns={columns}
      onChange={onChange}
      newRow={() => ({ level: 5, max: { share: 10 }, scope: 'campaign', ties: 'demote-all' })}
      maxRows={20}
      addLabel={t('rubricEditor.addQuota')}
      help={t('rubricEditor.quotasHelp')}
      emptyText={t('rubricEditor.noQuotas')}
      testId="quotas-table"
    />
  );
}
