import { Card, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/domain/views/recovery';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { MovedFiles } from './MovedFiles';
import { RecoveryBackups } from './RecoveryBackups';
import { StartEmptyChoice } from './StartEmptyChoice';

export interface RecoveryScreenProps {
  status: Extract<RecoveryStatus, { state: 'damaged' }>;
}

/** What happened to the data file, where it went, and the ways on from here. */
export function RecoveryScreen({ status }: RecoveryScreenProps) {
  const { t, i18n } = useTranslation();
  return (
    <main className="xp-recovery" data-testid="recovery-screen">
      <div className="xp-recovery-language">
        {/* No database is open to save the choice in: this switch only switches. */}
        <LanguageSwitch onChange={(next) => void i18n.changeLanguage(next)} />
      </div>
      <Result
        status="warning"
        title={t('recovery.title')}
        subTitle={t(`recovery.damage.${status.damage}`)}
      />
      <Space orientation="vertical" size="large" className="xp-fill">
        <Card>
          <MovedFiles status={status} />
          <Typography.Paragraph type="secondary">
            {t('recovery.dataFile', { file: status.dataFile })}
            <br />
            {t('recovery.detectedAt', {
              time: new Date(status.detectedAt).toLocaleString(i18n.language),
            })}
          </Typography.Paragraph>
        </Card>
        <Typography.Title level={4}>{t('recovery.choices')}</Typography.Title>
        <RecoveryBackups backups={status.backups} />
        <StartEmptyChoice />
      </Space>
    </main>
  );
}
