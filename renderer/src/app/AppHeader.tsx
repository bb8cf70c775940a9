import { ApartmentOutlined, ProfileOutlined, SafetyOutlined } from '@ant-design/icons';
import { Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { backupsHref, campaignsHref, countiesHref, rubricsHref } from './routes';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Layout.Header className="xp-header">
      <a className="xp-brand" href={campaignsHref()}>
        <span className="xp-brand-mark">{t('app.name')}</span>
        <span className="xp-brand-sub">{t('app.subtitle')}</span>
      </a>
      <Space size="large">
        <a href={countiesHref()} data-testid="nav-counties">
          <ApartmentOutlined aria-hidden /> {t('county.listTitle')}
        </a>
        <a href={rubricsHref()}>
          <ProfileOutlined aria-hidden /> {t('rubricLibrary.title')}
        </a>
        <a href={backupsHref()} data-testid="nav-backups">
          <SafetyOutlined aria-hidden /> {t('backups.title')}
        </a>
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
}
