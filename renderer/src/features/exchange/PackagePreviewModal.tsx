import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, List, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PackageSummary, RowLabel } from '../../../../shared/domain/views/exchange';
import type { PickedFile } from '../../../../shared/domain/views/files';
import { call } from '../../api/client';
import { translateError } from '../../i18n/translateError';
import { rowWhere } from './labels';
import { useImportPackage } from './mutations';

export interface PackagePreviewModalProps {
  file: PickedFile;
  /** The merge's summary, or null when cancelled. */
  onClose: (merged: PackageSummary | null) => void;
}

/**
 * What the chosen package would change here — new, updated, conflicting and refused rows, and
 * who sent it under which key — before anything is merged. Merging takes a backup first.
 */
export function PackagePreviewModal({ file, onClose }: PackagePreviewModalProps) {
  const { t } = useTranslation();
  const preview = useQuery({
    queryKey: ['exchange', 'preview', file.id],
    queryFn: () => call('exchange.previewPackage', { fileId: file.id }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const merge = useImportPackage();
  const summary = preview.data;
  return (
    <Modal
      open
      title={t('exchange.preview.title', { name: file.fileName })}
      okText={t('exchange.preview.merge')}
      okButtonProps={{ disabled: !summary || summary.added === 0 }}
      cancelText={t('common.cancel')}
      confirmLoading={merge.isPending}
      onCancel={() => onClose(null)}
      onOk={() => merge.mutate(file.id, { onSuccess: onClose })}
      width={680}
      data-testid="package-preview"
    >
      {preview.isPending && (
        <Spin tip={t('exchange.preview.loading')}>
          <div style={{ height: 80 }} />
        </Spin>
      )}
      {preview.isError && (
        <Alert type="error" showIcon message={translateError(t, preview.error)} />
      )}
      {merge.isError && <Alert type="error" showIcon message={translateError(t, merge.error)} />}
      {summary && <SummaryView summary={summary} />}
    </Modal>
  );
}

function SummaryView({ summary }: { summary: PackageSummary }) {
  const { t } = useTranslation();
  const c = summary.counts;
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('exchange.preview.from')}>
          {t('exchange.preview.source', {
            operator: summary.source.operator || '—',
            county: summary.county.name || '—',
            keyId: summary.source.keyId,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('exchange.preview.changes')}>
          <span data-testid="package-counts">
            {t('exchange.preview.counts', {
              operations: summary.operations,
              added: summary.added,
              ...c,
            })}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {summary.added === 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          message={t('exchange.preview.nothing')}
        />
      )}
      <RowList
        title={t('exchange.preview.conflicts', { count: summary.conflicts.length })}
        rows={summary.conflicts}
        testId="package-conflicts"
      />
      <RowList
        title={t('exchange.preview.refused', { count: summary.refused.length })}
        rows={summary.refused}
        describe={(row) =>
          t(`exchange.refusal.${(row as (typeof summary.refused)[number]).reason}`)
        }
        testId="package-refused"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('exchange.preview.backupFirst')}
      </Typography.Paragraph>
    </>
  );
}

function RowList({
  title,
  rows,
  describe,
  testId,
}: {
  title: string;
  rows: readonly RowLabel[];
  describe?: (row: RowLabel) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <List
      style={{ marginTop: 12 }}
      size="small"
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={[...rows]}
      data-testid={testId}
      renderItem={(row) => (
        <List.Item>
          {rowWhere(t, row)}
          {describe ? ` · ${describe(row)}` : ''}
        </List.Item>
      )}
    />
  );
}
