import { App, Button, Card, Empty, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecoveryBackup } from '../../../../shared/domain/views/recovery';
import { useRecoveryRestore } from './mutations';
import { translateError } from '../../i18n/translateError';
import { BackupCheckTag } from '../backups/BackupCheckTag';
import { formatBytes, formatTime } from '../backups/format';

/** The newest backups of the data file, newest first; one is restored where the file was. */
export function RecoveryBackups({ backups }: { backups: RecoveryBackup[] }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const restore = useRecoveryRestore();

  const confirm = (backup: RecoveryBackup) => {
    const time = formatTime(backup.takenAt, i18n.language);
    modal.confirm({
      title: t('recovery.restoreTitle', { time }),
      content: t('recovery.restoreText'),
      okText: t('recovery.restoreOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await restore.mutateAsync(backup.name);
        } catch (error) {
          void message.error(t('recovery.restoreFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  return (
    <Card title={t('recovery.backupsTitle')} data-testid="recovery-backups">
      {backups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recovery.noBackups')} />
      ) : (
        <List
          dataSource={backups.slice(0, 5)}
          renderItem={(backup, index) => (
            <List.Item
              key={backup.name}
              actions={[
                <Button
                  key="restore"
                  type={index === 0 ? 'primary' : 'default'}
                  onClick={() => confirm(backup)}
                  loading={restore.isPending && restore.variables === backup.name}
                  disabled={backup.check === 'damaged'}
                  data-testid="recovery-restore"
                >
                  {t('recovery.restoreButton')}
                </Button>,
              ]}
            >
              <Space wrap>
                {formatTime(backup.takenAt, i18n.language)}
                {backup.kind && <Tag>{t(`backups.kinds.${backup.kind}`)}</Tag>}
                {formatBytes(backup.bytes)}
                {t('backups.contentsText', { campaigns: backup.campaigns, sheets: backup.sheets })}
                <BackupCheckTag check={backup.check} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
