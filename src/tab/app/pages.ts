import { lazy } from 'react';
import type { RouteName } from '../router/routes';

// Each page is its own chunk: the first page only downloads what it shows.
const chunks = {
  dashboard: () => import('../pages/DashboardPage/DashboardPage'),
  roadmap: () => import('../pages/RoadmapPage/RoadmapPage'),
  action: () => import('../pages/ActionPage/ActionPage'),
  commitments: () => import('../pages/CommitmentsPage/CommitmentsPage'),
  indicators: () => import('../pages/IndicatorsPage/IndicatorsPage'),
  indicator: () => import('../pages/IndicatorPage/IndicatorPage'),
  meeting: () => import('../pages/MeetingPage/MeetingPage'),
  campaigns: () => import('../pages/CampaignsPage/CampaignsPage'),
  campaign: () => import('../pages/CampaignPage/CampaignPage'),
  newCampaign: () => import('../pages/CampaignPage/CampaignPage'),
  proposals: () => import('../pages/ProposalsPage/ProposalsPage'),
  bilan: () => import('../pages/BilanPage/BilanPage'),
  snapshots: () => import('../pages/SnapshotsPage/SnapshotsPage'),
  secondHalf: () => import('../pages/SecondHalfPage/SecondHalfPage'),
  feedback: () => import('../pages/FeedbackPage/FeedbackPage'),
  admin: () => import('../pages/AdminPage/AdminPage'),
  notFound: () => import('../pages/NotFoundPage/NotFoundPage'),
  config: () => import('../pages/ConfigPage/ConfigPage'),
} satisfies Record<RouteName | 'config', () => Promise<unknown>>;

/** Starts downloading a page's code (at start-up, in parallel with Teams initialisation). */
export function preloadPage(route: RouteName | 'config'): void {
  void chunks[route]();
}

export const DashboardPage = lazy(() => chunks.dashboard().then((m) => ({ default: m.DashboardPage })));
export const RoadmapPage = lazy(() => chunks.roadmap().then((m) => ({ default: m.RoadmapPage })));
export const ActionPage = lazy(() => chunks.action().then((m) => ({ default: m.ActionPage })));
export const CommitmentsPage = lazy(() => chunks.commitments().then((m) => ({ default: m.CommitmentsPage })));
export const IndicatorsPage = lazy(() => chunks.indicators().then((m) => ({ default: m.IndicatorsPage })));
export const IndicatorPage = lazy(() => chunks.indicator().then((m) => ({ default: m.IndicatorPage })));
export const MeetingPage = lazy(() => chunks.meeting().then((m) => ({ default: m.MeetingPage })));
export const CampaignsPage = lazy(() => chunks.campaigns().then((m) => ({ default: m.CampaignsPage })));
export const CampaignPage = lazy(() => chunks.campaign().then((m) => ({ default: m.CampaignPage })));
export const ProposalsPage = lazy(() => chunks.proposals().then((m) => ({ default: m.ProposalsPage })));
export const BilanPage = lazy(() => chunks.bilan().then((m) => ({ default: m.BilanPage })));
export const SnapshotsPage = lazy(() => chunks.snapshots().then((m) => ({ default: m.SnapshotsPage })));
export const SecondHalfPage = lazy(() => chunks.secondHalf().then((m) => ({ default: m.SecondHalfPage })));
export const FeedbackPage = lazy(() => chunks.feedback().then((m) => ({ default: m.FeedbackPage })));
export const AdminPage = lazy(() => chunks.admin().then((m) => ({ default: m.AdminPage })));
export const ConfigPage = lazy(() => chunks.config().then((m) => ({ default: m.ConfigPage })));
export const NotFoundPage = lazy(() => chunks.notFound().then((m) => ({ default: m.NotFoundPage })));
