import { NotFound } from '../components/NotFound';
import { BranchesPage } from '../features/branches/BranchesPage';
import { CampaignListPage } from '../features/campaigns/CampaignListPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { RubricPage } from '../features/rubric/RubricPage';
import type { Route } from './routes';

export interface RouteViewProps {
  route: Route;
}

export function RouteView({ route }: RouteViewProps) {
  switch (route.name) {
    case 'campaigns':
      return <CampaignListPage />;
    case 'notFound':
      return <NotFound />;
    case 'campaign':
      // Keyed by campaign so local state (search, selection) resets when the campaign changes.
      switch (route.section) {
        case 'overview':
          return <OverviewPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'branches':
          return <BranchesPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'rubric':
          return <RubricPage key={route.campaignId} campaignId={route.campaignId} />;
      }
  }
}
