import type { Route } from '../router/routes';
import {
  ActionPage,
  AdminPage,
  CommitmentsPage,
  DashboardPage,
  IndicatorPage,
  IndicatorsPage,
  MeetingPage,
  NotFoundPage,
  RoadmapPage,
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
    case 'admin':
      return <AdminPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
