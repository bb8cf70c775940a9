import { Layout } from 'antd';
import { OperatorGate } from '../features/operator/OperatorGate';
import { AppBreadcrumbs } from './AppBreadcrumbs';
import { AppHeader } from './AppHeader';
import { CampaignSider } from './CampaignSider';
import { RouteView } from './RouteView';
import { StatusBar } from './StatusBar';
import { useRoute } from './useRoute';

export function Shell() {
  const route = useRoute();
  // The room sees the projector page alone: no header, menus or the operator's name prompt.
  if (route.name === 'projector') return <RouteView route={route} />;
  return (
    <Layout className="xp-shell">
      <AppHeader />
      <Layout>
        {route.name === 'campaign' && (
          <CampaignSider campaignId={route.campaignId} section={route.section} />
        )}
        <Layout>
          <Layout.Content className="xp-main">
            <AppBreadcrumbs route={route} />
            <main className="xp-content">
              <RouteView route={route} />
            </main>
          </Layout.Content>
          <StatusBar />
        </Layout>
      </Layout>
      <OperatorGate />
    </Layout>
  );
}
