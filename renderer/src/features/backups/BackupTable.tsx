import { PushpinFilled, PushpinOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../shared/domain/views/backups';
import { translateError } from '../../i18n/translateError';
import { BackupCheckTag } from './BackupCheckTag';
import { usePinBackup } from './backupsApi';
import { formatBytes, formatTime } from './format';

export interface BackupTableProps {
  backups: BackupSummary[];
  onRestore: (name: string) => void;
}

/** Newest first: when, why, how big, by whom, checked, pinned; pin and restore per row. */
export function BackupTable({ backups, onRestore }: BackupTableProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const pin = usePinBackup();

  const togglePin = async (backup: BackupSummary) => {
    try {
      await pin.mutateAsync({ name: backup.name, pinned: !backup.pinned });
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  const columns: TableColumnsType<BackupSummary> = [
    {
      key: 'time',
      title: t('backups.takenAt'),
      render: (_, b) => formatTime(b.takenAt, i18n.language),
    },
    {
      key: 'kind',
      title: t('backups.kind'),
      render: (_, b) => (b.kind === null ? '—' : <Tag>{t(`backups.kinds.${b.kind}`)}</Tag>),
    },
    {
      key: 'size',
      title: t('backups.size'),
      align: 'right',
      render: (_, b) => formatBytes(b.bytes),
    },
    { key: 'operator', title: t('backups.operator'), render: (_, b) => b.operator || '—' },
    {
      key: 'contents',
      title: t('backups.contents'),
      render: (_, b) =>
        b.kind === null
          ? '—'
          : t('backups.contentsText', { campaigns: b.campaigns, sheets: b.sheets }),
    },
    {
      key: 'check',
      title: t('backups.checkTitle'),
      render: (_, b) => <BackupCheckTag check={b.check} />,
    },
    {
      key: 'actions',
      title: t('backups.actions'),
      render: (_, b) => (
        <Space size="small">
          <Tooltip title={b.pinned ? t('backups.unpinHint') : t('backups.pinHint')}>
            <Button
              size="small"
              type={b.pinned ? 'primary' : 'default'}
              icon={b.pinned ? <PushpinFilled /> : <PushpinOutlined />}
              aria-pressed={b.pinned}
              aria-label={b.pinned ? t('backups.unpin') : t('backups.pin')}
              onClick={() => void togglePin(b)}
              disabled={b.check === 'damaged'}
            >
              {b.pinned ? t('backups.pinned') : t('backups.pin')}
            </Button>
          </Tooltip>
          <Button
            size="small"
            icon={<RollbackOutlined />}
            onClick={() => onRestore(b.name)}
            disabled={b.check === 'damaged'}
            data-testid="backup-restore"
          >
            {t('backups.restore')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table<BackupSummary>
      rowKey="name"
      size="middle"
      columns={columns}
      dataSource={backups}
      pagination={false}
      data-testid="backup-table"
    />
  );
}
