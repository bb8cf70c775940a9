import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { Band, RubricDefinition } from '../../../../shared/domain/rubric';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { codeNames } from './codeNames';
import { levelName } from '../../../../shared/domain/level-name';

export interface LevelRulesProps {
  definition: RubricDefinition;
}

/** How the level is decided under each scheme: stars, bands, weighted parts or top N. */
export function LevelRules({ definition }: LevelRulesProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { scheme } = definition;
  const names = codeNames(definition, language);
  const label = (code: string) => (names.has(code) ? `${code} ${names.get(code)}` : code);

  const bandColumns: TableColumnsType<Band> = [
    {
      key: 'level',
      title: t('rubric.colLevel'),
      render: (_, band) => levelName(t, definition, band.level, language),
    },
    {
      key: 'min',
      title: t('rubric.colBandMin'),
      align: 'right',
      render: (_, band) => formatCenti(band.min),
    },
  ];
  const bands = (list: Band[]) => (
    <div data-testid="rubric-bands">
      <Table<Band>
        rowKey="level"
        size="small"
        columns={bandColumns}
        dataSource={[...list].sort((a, b) => b.level - a.level || b.min - a.min)}
        pagination={false}
      />
    </div>
  );

  switch (scheme.kind) {
    case 'per-star':
      return <Typography.Paragraph>{t('rubric.perStarRule')}</Typography.Paragraph>;
    case 'bands':
      return (
        <>
          <Typography.Paragraph>{t('rubric.bandsRule')}</Typography.Paragraph>
          {bands(scheme.bands)}
        </>
      );
    case 'weighted':
      return (
        <>
          <Typography.Paragraph>{t('rubric.weightedRule')}</Typography.Paragraph>
          <ul className="xp-rubric-parts" data-testid="rubric-weighted-parts">
            {scheme.parts.map((part, index) => (
              <li key={index}>
                {t('rubric.weightedPart', {
                  add: part.add.map(label).join(t('rubric.plus')),
                  subtract:
                    part.subtract.length === 0
                      ? ''
                      : `${t('rubric.minus')}${part.subtract.map(label).join(t('rubric.plus'))}`,
                  weight: part.weight,
                })}
              </li>
            ))}
          </ul>
          {bands(scheme.bands)}
        </>
      );
    case 'selection':
      return (
        <Typography.Paragraph data-testid="rubric-selection">
          {t('rubric.selectionRule', {
            top: scheme.top,
            scope: t(`rubric.scopes.${scheme.scope}`),
          })}
          {scheme.min !== undefined && t('rubric.selectionMin', { min: formatCenti(scheme.min) })}
          {t(`rubric.selectionTies.${scheme.ties}`)}
        </Typography.Paragraph>
      );
  }
}
