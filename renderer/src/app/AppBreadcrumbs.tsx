import { Breadcrumb } from 'antd';
import type { BreadcrumbProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBranchTree, useCampaigns, useCounties } from '../api/queries';
import type { Route } from './routes';
import { campaignHref, campaignsHref, countiesHref, rubricsHref } from './routes';
import { sectionHref } from './sessionState';

export interface AppBreadcrumbsProps {
  route: Route;
}

export function AppBreadcrumbs({ route }: AppBreadcrumbsProps) {
  const { t } = useTranslation();
  // Shares the list's cache: the name is usually there already, and the crumb can wait for it.
  const campaigns = useCampaigns();
  const sheetCampaign = route.name === 'sheet' ? route.campaignId : '';
  const tree = useBranchTree(sheetCampaign);
  const counties = useCounties(route.name === 'county');
  const items: NonNullable<BreadcrumbProps['items']> = [
    { key: 'home', title: t('nav.campaigns'), href: campaignsHref() },
  ];
  if (route.name === 'campaign') {
    const campaign = campaigns.data?.find((c) => c.id === route.campaignId);
    if (campaign) {
      items.push({ key: 'campaign', title: campaign.name, href: campaignHref(campaign.id) });
    }
    items.push({ key: 'section', title: t(`nav.${route.section}`) });
  } else if (route.name === 'sheet') {
    // 评定批次 › the campaign › the screen the sheet came from (as it was left) › township › branch.
    const campaign = campaigns.data?.find((c) => c.id === route.campaignId);
    if (campaign) {
      items.push({ key: 'campaign', title: campaign.name, href: campaignHref(campaign.id) });
    }
    if (route.from) {
      items.push({
        key: 'from',
        title: t(`nav.${route.from}`),
        href: sectionHref(route.campaignId, route.from),
      });
    }
    const township = tree.data?.find((tw) => tw.branches.some((b) => b.id === route.branchId));
    const branch = township?.branches.find((b) => b.id === route.branchId);
    if (township && branch) {
      items.push({ key: 'township', title: township.name });
      items.push({ key: 'branch', title: branch.name });
    }
  } else if (route.name === 'counties') {
    items.push({ key: 'counties', title: t('county.listTitle') });
  } else if (route.name === 'county') {
    items.push({ key: 'counties', title: t('county.listTitle'), href: countiesHref() });
    const county = counties.data?.find((c) => c.id === route.countyId);
    if (county) items.push({ key: 'county', title: county.name });
  } else if (route.name === 'backups') {
    items.push({ key: 'backups', title: t('backups.title') });
  } else if (route.name === 'rubrics') {
    items.push({ key: 'rubrics', title: t('rubricLibrary.title') });
  } else if (route.name === 'rubricEdit') {
    items.push({ key: 'rubrics', title: t('rubricLibrary.title'), href: rubricsHref() });
    items.push({ key: 'edit', title: t('rubricEditor.title') });
  } else if (route.name === 'notFound') {
    items.push({ key: 'notFound', title: t('notFound.title') });
  }
  return (
    <nav aria-label={t('nav.breadcrumbLabel')}>
      <Breadcrumb items={items} />
    </nav>
  );
}
