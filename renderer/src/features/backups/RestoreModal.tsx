import { Alert, Descriptions, Input, Modal, Spin, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreCount, RestoreOutcome } from '../../../../shared/domain/views/backups';
import { translateError } from '../../i18n/translateError';
import { useRestore, useRestorePreview } from './backupsApi';
import { formatTime } from './format';

export interface RestoreModalProps {
  name: string;
  onClose: (outcome: RestoreOutcome | null) => void;
}

/**
 * What the backup holds against the data now, then a typed confirmation: a restore replaces
 * everything, so one click is not enough (the data now is kept as a pinned backup first).
 */
export function RestoreModal({ name, onClose }: RestoreModalProps) {
  const { t, i18n } = useTranslation();
  const preview = useRestorePreview(name);
  const restore = useRestore();
  const [typed, setTyped] = useState('');
  const word = t('backups.confirmWord');
  const confirmed = typed.trim() === word;

  const columns: TableColumnsType<RestoreCount> = [
    {
      key: 'table',
      title: t('backups.table'),
      render: (_, row) => t(`backups.tables.${row.table}`),
    },
    { key: 'current', title: t('backups.now'), dataIndex: 'current', align: 'right' },
    { key: 'backup', title: t('backups.inBackup'), dataIndex: 'backup', align: 'right' },
  ];

  return (
    <Modal
      open
      title={t('backups.restoreTitle')}
      okText={t('backups.restoreOk')}
      okButtonProps={{ danger: true, disabled: !preview.data || !confirmed }}
      cancelText={t('common.cancel')}
      confirmLoading={restore.isPending}
      onCancel={() => onClose(null)}
      onOk={() => {
        // A failure is shown in the dialog (restore.error); the dialog stays open.
        restore.mutate(name, { onSuccess: onClose });
      }}
      width={640}
      data-testid="restore-modal"
    >
      {preview.isPending && (
        <Spin tip={t('backups.previewLoading')}>
          <div style={{ height: 80 }} />
        </Spin>
      )}
      {preview.isError && (
        <Alert
          type="error"
          showIcon
          data-testid="restore-error"
          message={translateError(t, preview.error)}
        />
      )}
      {preview.data && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('backups.takenAt')}>
              {formatTime(preview.data.backup.takenAt, i18n.language)}
              {preview.data.backup.operator && ` · ${preview.data.backup.operator}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('backups.lastChange')}>
              {t('backups.lastChangeBoth', {
                backup: formatTime(preview.data.held.lastChangeAt, i18n.language),
                now: formatTime(preview.data.current.lastChangeAt, i18n.language),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('backups.schema')}>
              {t('backups.schemaBoth', {
                backup: preview.data.held.schemaVersion,
                now: preview.data.current.schemaVersion,
              })}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="table"
            columns={columns}
            dataSource={preview.data.counts}
            pagination={false}
            style={{ marginTop: 12 }}
            data-testid="restore-counts"
          />
          {preview.data.willMigrate && (
            <Alert
              style={{ marginTop: 12 }}
              type="info"
              showIcon
              message={t('backups.willMigrate')}
            />
          )}
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('backups.restoreExplain')}
          </Typography.Paragraph>
          <Typography.Paragraph>{t('backups.typeToConfirm', { word })}</Typography.Paragraph>
          <Input
            aria-label={t('backups.typeToConfirm', { word })}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            data-testid="restore-confirm-input"
            autoFocus
          />
          {restore.isError && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              message={translateError(t, restore.error)}
            />
          )}
        </>
      )}
    </Modal>
  );
}
