import { App, Alert, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsView } from '../../../../shared/domain/views/backups';
import { translateError } from '../../i18n/translateError';
import { chooseFolder } from '../../api/files';
import { useAppInfo } from '../../api/queries';
import { useSetBackupFolder } from './backupsApi';

/** Where backups go, with a warning while that is the database's own disk. */
export function BackupFolderCard({ view }: { view: BackupsView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setFolder = useSetBackupFolder();
  const [editing, setEditing] = useState<string | null>(null);

  // Only Electron has a folder dialog; in the browser the path is typed.
  const canChoose = useAppInfo().data?.host === 'electron';

  const save = async (folder: string | null) => {
    try {
      await setFolder.mutateAsync({ folder });
      setEditing(null);
      void message.success(t('backups.folderSaved'));
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  const choose = async () => {
    try {
      const folder = await chooseFolder();
      if (folder !== null) await save(folder);
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  return (
    <Card title={t('backups.folderTitle')} data-testid="backup-folder">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text code copyable data-testid="backup-folder-path">
            {view.folder}
          </Typography.Text>
          {view.isDefaultFolder && <Tag>{t('backups.folderDefault')}</Tag>}
        </Space>
        {view.sameDisk && (
          <Alert
            type="warning"
            showIcon
            data-testid="backup-same-disk"
            message={t('backups.sameDiskTitle')}
            description={t('backups.sameDiskText')}
          />
        )}
        {editing === null ? (
          <Space>
            {canChoose && (
              <Button onClick={() => void choose()} data-testid="backup-folder-choose">
                {t('backups.folderChoose')}
              </Button>
            )}
            <Button onClick={() => setEditing(view.folder)}>
              {canChoose ? t('backups.folderType') : t('backups.folderChange')}
            </Button>
            {!view.isDefaultFolder && (
              <Button onClick={() => void save(null)} loading={setFolder.isPending}>
                {t('backups.folderReset')}
              </Button>
            )}
          </Space>
        ) : (
          <Space.Compact style={{ width: '100%' }}>
            <Input
              aria-label={t('backups.folderInput')}
              value={editing}
              onChange={(e) => setEditing(e.target.value)}
              onPressEnter={() => void save(editing)}
              placeholder={t('backups.folderPlaceholder')}
              data-testid="backup-folder-input"
            />
            <Button
              type="primary"
              loading={setFolder.isPending}
              onClick={() => void save(editing)}
              disabled={editing.trim() === ''}
            >
              {t('backups.folderSave')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
          </Space.Compact>
        )}
      </Space>
    </Card>
  );
}
