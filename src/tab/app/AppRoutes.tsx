import type { Route } from '../router/routes';
import {
  ActionPage,
  AdminPage,
  BilanPage,
  CampaignPage,
  CampaignsPage,
  CommitmentsPage,
  DashboardPage,
  FeedbackPage,
  IndicatorPage,
  IndicatorsPage,
  MeetingPage,
  NotFoundPage,
  ProposalsPage,
  RoadmapPage,
  SecondHalfPage,
  SnapshotsPage,
} from './pages';

/** The page of a route (lazy: wrap in Suspense). */
export function AppRoutes({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'roadmap':
      return <RoadmapPage />;
    case 'action':
      return <ActionPage id={route.id} />;
    case 'commitments':
      return <CommitmentsPage />;
    case 'indicators':
      return <IndicatorsPage />;
    case 'indicator':
      return <IndicatorPage id={route.id} />;
    case 'meeting':
      return <MeetingPage />;
    case 'campaigns':
      return <CampaignsPage />;
    case 'newCampaign':
      return <CampaignPage />;
    case 'campaign':
      // A key per campaign: going from one campaign to another starts a fresh page (form, dialogs, messages).
      return <CampaignPage key={route.id} id={route.id} />;
    case 'proposals':
      return <ProposalsPage />;
    case 'bilan':
      return <BilanPage />;
    case 'snapshots':
      return <SnapshotsPage />;
    case 'secondHalf':
      return <SecondHalfPage />;
    case 'feedback':
      return <FeedbackPage />;
    case 'admin':
      return <AdminPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
