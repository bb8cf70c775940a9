import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricDefinition } from '../model/types';
import { BasicsFields } from './BasicsFields';
import { LevelNamesTable } from './LevelNamesTable';
import { QuotaOrderField } from './QuotaOrderField';
import { QuotasTable } from './QuotasTable';
import { SchemeFields } from './SchemeFields';
import { TieBreakers } from './TieBreakers';
import type { CodeOption } from './WeightedParts';

export interface RubricFormProps {
  definition: RubricDefinition;
  onChange: (next: RubricDefinition, field: string) => void;
  codeOptions: CodeOption[];
  dimensionOptions: CodeOption[];
  levelLabel: (level: number) => string;
}

/** The rubric's own settings, one tab per concern so the pane stays short. */
export function RubricForm(props: RubricFormProps) {
  const { definition, onChange, codeOptions, dimensionOptions, levelLabel } = props;
  const { t } = useTranslation();
  const items = [
    {
      key: 'basics',
      label: t('rubricEditor.tabBasics'),
      children: <BasicsFields definition={definition} onChange={onChange} />,
    },
    {
      key: 'scheme',
      label: t('rubricEditor.tabScheme'),
      children: (
        <SchemeFields
          definition={definition}
          codeOptions={codeOptions}
          dimensionOptions={dimensionOptions}
          levelLabel={levelLabel}
          onChange={(scheme, field) => onChange({ ...definition, scheme }, `scheme.${field}`)}
        />
      ),
    },
    {
      key: 'quotas',
      label: t('rubricEditor.tabQuotas', { n: definition.quotas.length }),
      children: (
        <>
          <QuotaOrderField
            value={definition.quotaOrder}
            onChange={(quotaOrder) => onChange({ ...definition, quotaOrder }, 'quotaOrder')}
          />
          <QuotasTable
            quotas={definition.quotas}
            levelLabel={levelLabel}
            onChange={(quotas, field) => onChange({ ...definition, quotas }, `quotas.${field}`)}
          />
        </>
      ),
    },
    {
      key: 'ties',
      label: t('rubricEditor.tabTieBreakers', { n: definition.tieBreakers.length }),
      children: (
        <TieBreakers
          tieBreakers={definition.tieBreakers}
          dimensionOptions={dimensionOptions}
          onChange={(tieBreakers, field) =>
            onChange({ ...definition, tieBreakers }, `tieBreakers.${field}`)
          }
        />
      ),
    },
    {
      key: 'levels',
      label: t('rubricEditor.tabLevels', { n: definition.levels.length }),
      children: (
        <LevelNamesTable
          levels={definition.levels}
          onChange={(levels, field) => onChange({ ...definition, levels }, `levels.${field}`)}
        />
      ),
    },
  ];
  return <Tabs items={items} size="small" data-testid="scheme-panel" />;
}
