import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileExcelOutlined,
  FundOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSection } from './routes';
import { CAMPAIGN_SECTIONS, campaignHref } from './routes';

export interface CampaignSiderProps {
  campaignId: string;
  section: CampaignSection;
}

const ICONS: Record<CampaignSection, ReactNode> = {
  overview: <DashboardOutlined />,
  branches: <ApartmentOutlined />,
  evaluators: <TeamOutlined />,
  grid: <TableOutlined />,
  progress: <FundOutlined />,
  rubric: <ProfileOutlined />,
  ranking: <OrderedListOutlined />,
  meetings: <AuditOutlined />,
  publication: <NotificationOutlined />,
  exchange: <FileExcelOutlined />,
};

export function CampaignSider({ campaignId, section }: CampaignSiderProps) {
  const { t } = useTranslation();
  // Labels are real links, so each entry is reachable with Tab and opens with Enter.
  const items: MenuProps['items'] = CAMPAIGN_SECTIONS.map((key) => ({
    key,
    icon: ICONS[key],
    label: <a href={campaignHref(campaignId, key)}>{t(`nav.${key}`)}</a>,
  }));
  return (
    <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64} className="xp-sider">
      <nav aria-label={t('nav.sectionLabel')}>
        <Menu mode="inline" selectedKeys={[section]} items={items} />
      </nav>
    </Layout.Sider>
  );
}
