import { Alert, Checkbox, Radio, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BranchImportPreview,
  BranchImportStatus,
} from '../../../../shared/domain/views/branch-import';
import { BRANCH_IMPORT_STATUSES } from '../../../../shared/domain/views/branch-import';
import { PreviewTable } from './PreviewTable';

export interface ImportChoices {
  onExisting: 'update' | 'skip';
  skipInvalid: boolean;
}

export interface PreviewStepProps {
  preview: BranchImportPreview;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
}

type Filter = BranchImportStatus | 'all';

/** Every row with its status, filterable, and the two choices the user makes before applying. */
export function PreviewStep({ preview, choices, onChoices }: PreviewStepProps) {
  const { t } = useTranslation();
  const { counts } = preview;
  const [filter, setFilter] = useState<Filter>(counts.error > 0 ? 'error' : 'all');
  const rows = useMemo(
    () => (filter === 'all' ? preview.rows : preview.rows.filter((r) => r.status === filter)),
    [filter, preview.rows],
  );
  const options = [
    { value: 'all' as const, label: `${t('branchImport.statusAll')} ${preview.rows.length}` },
    ...BRANCH_IMPORT_STATUSES.map((s) => ({
      value: s,
      label: `${t(`branchImport.status.${s}`)} ${counts[s]}`,
    })),
  ];

  return (
    <Space orientation="vertical" size="middle" className="xp-fill">
      <Alert type="info" showIcon title={t('branchImport.counts', counts)} />
      {counts.similar > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="branch-import-similar"
          title={t('branchImport.similarNote', { count: counts.similar })}
        />
      )}
      <Segmented<Filter>
        data-testid="branch-import-filter"
        value={filter}
        options={options}
        onChange={setFilter}
      />
      <PreviewTable rows={rows} />
      {counts.update > 0 && (
        <div>
          <Typography.Text strong>{t('branchImport.onExisting')}</Typography.Text>
          <Radio.Group
            className="xp-bi-choice"
            value={choices.onExisting}
            onChange={(e) =>
              onChoices({ ...choices, onExisting: e.target.value as 'update' | 'skip' })
            }
            options={[
              { value: 'update', label: t('branchImport.onExistingUpdate') },
              { value: 'skip', label: t('branchImport.onExistingSkip') },
            ]}
          />
        </div>
      )}
      {counts.error > 0 && (
        <Space orientation="vertical">
          {!choices.skipInvalid && (
            <Alert
              type="warning"
              showIcon
              data-testid="branch-import-errors"
              title={t('branchImport.errorsBlock', { count: counts.error })}
            />
          )}
          <Checkbox
            data-testid="branch-import-skip-invalid"
            checked={choices.skipInvalid}
            onChange={(e) => onChoices({ ...choices, skipInvalid: e.target.checked })}
          >
            {t('branchImport.skipInvalid', { count: counts.error })}
          </Checkbox>
        </Space>
      )}
    </Space>
  );
}
