import { Card, Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecoveryBackup } from '../../../../shared/domain/views/recovery';

/**
 * SLOT for the backups of issue #15 (points 1-2): the newest good backups, each to restore
 * with one click (add a restore button per item calling `recovery.restore` when it exists).
 * Until backups exist `recovery.status` lists none and this card says so.
 */
export function RecoveryBackups({ backups }: { backups: RecoveryBackup[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('recovery.backupsTitle')} data-testid="recovery-backups">
      {backups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recovery.noBackups')} />
      ) : (
        <List
          dataSource={backups}
          renderItem={(backup) => (
            <List.Item key={backup.file}>
              {t('recovery.backupItem', {
                time: new Date(backup.createdAt).toLocaleString(i18n.language),
                file: backup.file,
              })}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
