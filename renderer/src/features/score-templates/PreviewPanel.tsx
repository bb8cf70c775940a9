import { Alert, Checkbox, Segmented, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TemplateCellStatus,
  TemplatePreview,
} from '../../../../shared/domain/views/score-templates';
import { TEMPLATE_CELL_STATUSES } from '../../../../shared/domain/views/score-templates';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { DiffTable } from './DiffTable';

export type Filter = TemplateCellStatus | 'all';

export interface PreviewPanelProps {
  preview: TemplatePreview;
  filter: Filter;
  onFilter: (filter: Filter) => void;
  skipConflicts: boolean;
  onSkipConflicts: (skip: boolean) => void;
}

/** What the file holds, why it cannot be saved yet, and every cell by status. */
export function PreviewPanel({
  preview: p,
  filter,
  onFilter,
  skipConflicts,
  onSkipConflicts,
}: PreviewPanelProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const shown = useMemo(
    () => (filter === 'all' ? p.cells : p.cells.filter((c) => c.status === filter)),
    [p, filter],
  );
  const toSave = p.counts.new + p.counts.changed;
  return (
    <Space orientation="vertical" size="middle" className="xp-fill">
      <Typography.Text>
        {t('scoreTemplates.summary', {
          file: p.fileName,
          round: p.roundName,
          evaluator: p.evaluatorName ?? t('scoreTemplates.self'),
          branches: p.branches,
          at: formatDateTime(p.exportedAt, language),
        })}
      </Typography.Text>
      {p.counts.invalid > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('scoreTemplates.blockedInvalid', { count: p.counts.invalid })}
        />
      )}
      {p.counts.invalid === 0 && p.counts.conflict > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('scoreTemplates.blockedConflict', { count: p.counts.conflict })}
        />
      )}
      {p.counts.invalid === 0 && toSave === 0 && (
        <Alert type="info" showIcon title={t('scoreTemplates.nothingToApply')} />
      )}
      <Segmented<Filter>
        value={filter}
        onChange={onFilter}
        data-testid="template-filter"
        options={[
          { value: 'all', label: t('scoreTemplates.filterAll', { n: p.cells.length }) },
          ...TEMPLATE_CELL_STATUSES.map((s) => ({
            value: s,
            label: `${t(`scoreTemplates.status.${s}`)} ${p.counts[s]}`,
          })),
        ]}
      />
      {p.counts.conflict > 0 && (
        <Checkbox checked={skipConflicts} onChange={(e) => onSkipConflicts(e.target.checked)}>
          {t('scoreTemplates.skipConflicts')}
        </Checkbox>
      )}
      <DiffTable cells={shown} />
    </Space>
  );
}
