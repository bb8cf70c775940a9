import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreOutcome } from '../../../../shared/domain/views/backups';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { translateError } from '../../i18n/translateError';
import { AuditCheckCard } from '../integrity/AuditCheckCard';
import { ConflictsCard } from '../exchange/ConflictsCard';
import { PackageCard } from '../exchange/PackageCard';
import { VerifyFileCard } from '../verification/VerifyFileCard';
import { BackupFolderCard } from './BackupFolderCard';
import { BackupTable } from './BackupTable';
import { RestoreModal } from './RestoreModal';
import { RetentionButton } from './RetentionButton';
import { useBackups, useCreateBackup } from './backupsApi';

/** 备份与恢复: the backups of this data file, taking one by hand, restoring one. */
export function BackupsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const backups = useBackups();
  const create = useCreateBackup();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);

  const backUpNow = async () => {
    try {
      await create.mutateAsync({ pinned: false });
      void message.success(t('backups.created'));
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        subtitle={t('backups.subtitle')}
        extra={
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={create.isPending}
            onClick={() => void backUpNow()}
            data-testid="backup-now"
          >
            {t('backups.backUpNow')}
          </Button>
        }
      />
      {restored && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setRestored(null)}
          style={{ marginBottom: 16 }}
          data-testid="restore-done"
          message={t('backups.restoredTitle')}
          description={
            <Space orientation="vertical">
              <Typography.Text>{t('backups.restoredText')}</Typography.Text>
              {restored.undoBackup && (
                <Button
                  onClick={() => setRestoring(restored.undoBackup)}
                  data-testid="restore-undo"
                >
                  {t('backups.undoRestore')}
                </Button>
              )}
            </Space>
          }
        />
      )}
      <QueryView query={backups}>
        {(view) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <BackupFolderCard view={view} />
            <AuditCheckCard />
            <VerifyFileCard />
            <PackageCard />
            <ConflictsCard />
            <Card
              title={t('backups.listTitle')}
              extra={<RetentionButton retention={view.retention} />}
            >
              {view.backups.length === 0 ? (
                <Empty description={t('backups.none')} />
              ) : (
                <BackupTable backups={view.backups} onRestore={setRestoring} />
              )}
            </Card>
          </Space>
        )}
      </QueryView>
      {restoring && (
        <RestoreModal
          key={restoring}
          name={restoring}
          onClose={(outcome) => {
            setRestoring(null);
            if (outcome) setRestored(outcome);
          }}
        />
      )}
    </>
  );
}
