import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Quota, RubricDefinition } from '../../../../shared/domain/rubric';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { levelName } from '../../../../shared/domain/level-name';

export interface QuotaListProps {
  definition: RubricDefinition;
}

function limitText(t: TFunction, limit: Quota['max']): string {
  if (!limit) return '—';
  return 'share' in limit
    ? t('rubric.quotaShare', { share: limit.share })
    : t('rubric.quotaCount', { n: limit.count });
}

/** 比例控制: ceilings and floors per level, with how ties on the border are treated. */
export function QuotaList({ definition }: QuotaListProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const columns: TableColumnsType<Quota> = [
    {
      key: 'level',
      title: t('rubric.colLevel'),
      render: (_, q) => levelName(t, definition, q.level, language),
    },
    { key: 'max', title: t('rubric.colQuotaMax'), render: (_, q) => limitText(t, q.max) },
    { key: 'min', title: t('rubric.colQuotaMin'), render: (_, q) => limitText(t, q.min) },
    { key: 'scope', title: t('rubric.colScope'), render: (_, q) => t(`rubric.scopes.${q.scope}`) },
    { key: 'ties', title: t('rubric.colTies'), render: (_, q) => t(`rubric.ties.${q.ties}`) },
  ];
  return (
    <div data-testid="rubric-quotas">
      <Table<Quota>
        rowKey={(q) => `${q.level}-${q.scope}-${JSON.stringify(q.max)}-${JSON.stringify(q.min)}`}
        size="small"
        columns={columns}
        dataSource={definition.quotas}
        pagination={false}
      />
    </div>
  );
}
