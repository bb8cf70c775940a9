import { NotFound } from '../components/NotFound';
import { BackupsPage } from '../features/backups/BackupsPage';
import { BranchesPage } from '../features/branches/BranchesPage';
import { CampaignListPage } from '../features/campaigns/CampaignListPage';
import { CountiesPage } from '../features/counties/CountiesPage';
import { CountyPage } from '../features/counties/CountyPage';
import { EvaluatorsPage } from '../features/evaluators/EvaluatorsPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { ProjectorPage } from '../features/meetings/projector/ProjectorPage';
import { GridPage } from '../features/grid/GridPage';
import { ProgressPage } from '../features/progress/ProgressPage';
import { PublicationPage } from '../features/publication/PublicationPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { RankingPage } from '../features/ranking/RankingPage';
import { RubricPage } from '../features/rubric/RubricPage';
import { RubricEditorPage } from '../features/rubric-editor/RubricEditorPage';
import { RubricLibraryPage } from '../features/rubric-library/RubricLibraryPage';
import { ScoreSheetPage } from '../features/scoring/ScoreSheetPage';
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
    case 'projector':
      return <ProjectorPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'counties':
      return <CountiesPage />;
    case 'county':
      return <CountyPage key={route.countyId} countyId={route.countyId} />;
    case 'rubrics':
      return <RubricLibraryPage />;
    case 'backups':
      return <BackupsPage />;
    case 'rubricEdit':
      // Not keyed: the page keeps its editor per version itself (see RubricEditorPage).
      return <RubricEditorPage rubricId={route.rubricId} />;
    case 'sheet':
      return (
        <ScoreSheetPage
          key={`${route.roundId}/${route.branchId}/${route.evaluatorId ?? 'self'}`}
          campaignId={route.campaignId}
          roundId={route.roundId}
          branchId={route.branchId}
          evaluatorId={route.evaluatorId}
        />
      );
    case 'campaign':
      // Keyed by campaign so local state (search, selection) resets when the campaign changes.
      switch (route.section) {
        case 'overview':
          return <OverviewPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'branches':
          return <BranchesPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'evaluators':
          return <EvaluatorsPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'grid':
          return <GridPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'progress':
          return <ProgressPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'exchange':
          return <ExchangePage key={route.campaignId} campaignId={route.campaignId} />;
        case 'rubric':
          return <RubricPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'ranking':
          return <RankingPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'meetings':
          return <MeetingsPage key={route.campaignId} campaignId={route.campaignId} />;
        case 'publication':
          return <PublicationPage key={route.campaignId} campaignId={route.campaignId} />;
      }
  }
}
