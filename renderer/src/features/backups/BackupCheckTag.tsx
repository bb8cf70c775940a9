import { CheckCircleOutlined, QuestionCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupCheck } from '../../../../shared/domain/views/backups';

/** ✓ when the backup was read through and matched its manifest. */
export function BackupCheckTag({ check }: { check: BackupCheck }) {
  const { t } = useTranslation();
  if (check === 'verified')
    return (
      <Tag color="success" icon={<CheckCircleOutlined />}>
        {t('backups.check.verified')}
      </Tag>
    );
  if (check === 'damaged')
    return (
      <Tag color="error" icon={<WarningOutlined />}>
        {t('backups.check.damaged')}
      </Tag>
    );
  return (
    <Tag icon={<QuestionCircleOutlined />} title={t('backups.check.uncheckedHint')}>
      {t('backups.check.unchecked')}
    </Tag>
  );
}
