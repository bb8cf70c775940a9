import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, List, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PackageSummary, RowLabel } from '../../../../shared/domain/views/exchange';
import type { PickedFile } from '../../../../shared/domain/views/files';
import { call } from '../../api/client';
import { isCancelled } from '../../components/jobs/isCancelled';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useJob } from '../../components/jobs/useJob';
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
  // The preview and the merge run in a worker in main, one after the other: one job line,
  // with its progress and a cancel (disabled once the merge writes).
  const job = useJob();
  const preview = useQuery({
    queryKey: ['exchange', 'preview', file.id],
    queryFn: async () => {
      const jobId = job.start();
      try {
        return await call('exchange.previewPackage', { fileId: file.id, jobId });
      } finally {
        job.finish();
      }
    },
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const merge = useImportPackage();
  const summary = preview.data;
  const running = preview.isPending || merge.isPending;
  const failed = [preview.error, merge.error].find((error) => error !== null);
  return (
    <Modal
      open
      title={t('exchange.preview.title', { name: file.fileName })}
      okText={t('exchange.preview.merge')}
      okButtonProps={{ disabled: !summary || summary.added === 0 || merge.isPending }}
      cancelText={t('common.cancel')}
      cancelButtonProps={{ disabled: merge.isPending }}
      confirmLoading={merge.isPending}
      // Closing while the merge runs would hide how it ended; it can be waited for.
      closable={!merge.isPending}
      maskClosable={false}
      keyboard={!merge.isPending}
      onCancel={() => onClose(null)}
      onOk={() =>
        merge.mutate(
          { fileId: file.id, jobId: job.start() },
          { onSuccess: onClose, onSettled: job.finish },
        )
      }
      width={680}
      data-testid="package-preview"
    >
      {running && (
        <JobProgressLine progress={job.progress} fileName={file.fileName} onCancel={job.cancel} />
      )}
      {failed &&
        (isCancelled(failed) ? (
          <Alert type="info" showIcon message={t('jobs.cancelled')} />
        ) : (
          <Alert type="error" showIcon message={translateError(t, failed)} />
        ))}
      {summary && !merge.isPending && <SummaryView summary={summary} />}
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
