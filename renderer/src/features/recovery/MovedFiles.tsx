import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/domain/views/recovery';

/** Where the damaged file (and its -wal/-shm) went; copyable, so it can be handed to support. */
export function MovedFiles({ status }: { status: Extract<RecoveryStatus, { state: 'damaged' }> }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph>{t('recovery.movedTo')}</Typography.Paragraph>
      <Typography.Paragraph code copyable data-testid="recovery-moved-to">
        {status.movedTo}
      </Typography.Paragraph>
      {status.companions.length > 0 && (
        <>
          <Typography.Paragraph>{t('recovery.companions')}</Typography.Paragraph>
          <ul>
            {status.companions.map((file) => (
              <li key={file}>
                <Typography.Text code>{file}</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Typography.Paragraph strong>{t('recovery.keep')}</Typography.Paragraph>
    </>
  );
}
