import type { Role } from '@jiuye/domain/roles';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin';
import { PublicOnly, RequireAuth, RequireRole } from './guards';
import { HomePage } from './HomePage';
import { rolesWith } from '@jiuye/domain/permissions';
import { PAGES } from './nav';
import { RouteErrorPage } from './pages/RouteErrorPage';

// Each page is its own chunk so a graduate on a phone never downloads the admin screens.
function page<K extends string>(
  loader: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => loader().then((module) => ({ default: module[name] })));
}

// The shell (menu, drawer, header) is not needed to sign in, so it stays out of the login page's download.
const AppShell = page(() => import('./layouts/AppShell'), 'AppShell');
const LoginPage = page(() => import('../features/auth/pages/LoginPage'), 'LoginPage');
const RegisterPage = page(() => import('../features/auth/pages/RegisterPage'), 'RegisterPage');
const ProfilePage = page(() => import('../features/profile/pages/ProfilePage'), 'ProfilePage');
const RosterPage = page(() => import('../features/roster/pages/RosterPage'), 'RosterPage');
const ImportHistoryPage = page(
  () => import('../features/imports/pages/ImportHistoryPage'),
  'ImportHistoryPage',
);
const ImportDetailPage = page(() => import('../features/imports/pages/ImportDetailPage'), 'ImportDetailPage');
const UsersPage = page(() => import('../features/users/pages/UsersPage'), 'UsersPage');
const UniversitiesPage = page(
  () => import('../features/reference/pages/UniversitiesPage'),
  'UniversitiesPage',
);
const OrganisationsPage = page(
  () => import('../features/organisations/pages/OrganisationsPage'),
  'OrganisationsPage',
);
const OrganisationRegisterPage = page(
  () => import('../features/organisations/pages/OrganisationRegisterPage'),
  'OrganisationRegisterPage',
);
const MyOrganisationPage = page(
  () => import('../features/organisations/pages/MyOrganisationPage'),
  'MyOrganisationPage',
);
const VerificationQueuePage = page(
  () => import('../features/organisations/pages/VerificationQueuePage'),
  'VerificationQueuePage',
);
const VerificationDetailPage = page(
  () => import('../features/organisations/pages/VerificationDetailPage'),
  'VerificationDetailPage',
);
const JobSearchPage = page(() => import('../features/jobs/pages/JobSearchPage'), 'JobSearchPage');
const JobDetailPage = page(() => import('../features/jobs/pages/JobDetailPage'), 'JobDetailPage');
const MyJobsPage = page(() => import('../features/jobs/pages/MyJobsPage'), 'MyJobsPage');
const JobFormPage = page(() => import('../features/jobs/pages/JobFormPage'), 'JobFormPage');
const ReviewQueuePage = page(() => import('../features/compliance/pages/ReviewQueuePage'), 'ReviewQueuePage');
const ReviewDetailPage = page(
  () => import('../features/compliance/pages/ReviewDetailPage'),
  'ReviewDetailPage',
);
const PreferencesPage = page(() => import('../features/matching/pages/PreferencesPage'), 'PreferencesPage');
const ResumePage = page(() => import('../features/resume/pages/ResumePage'), 'ResumePage');
const MyApplicationsPage = page(
  () => import('../features/applications/pages/MyApplicationsPage'),
  'MyApplicationsPage',
);
const ApplicantsPage = page(() => import('../features/applications/pages/ApplicantsPage'), 'ApplicantsPage');
const MyDestinationPage = page(
  () => import('../features/destinations/pages/MyDestinationPage'),
  'MyDestinationPage',
);
const DestinationReviewPage = page(
  () => import('../features/destinations/pages/DestinationReviewPage'),
  'DestinationReviewPage',
);
// ECharts rides in this chunk only: no other page pays for it.
const MonitoringPage = page(() => import('../features/monitoring/pages/MonitoringPage'), 'MonitoringPage');
const PublicVerifyPage = page(
  () => import('../features/verification/pages/PublicVerifyPage'),
  'PublicVerifyPage',
);
const MyVerificationPage = page(
  () => import('../features/verification/pages/MyVerificationPage'),
  'MyVerificationPage',
);
const DisputeQueuePage = page(
  () => import('../features/verification/pages/DisputeQueuePage'),
  'DisputeQueuePage',
);
const MyAssistancePage = page(
  () => import('../features/assistance/pages/MyAssistancePage'),
  'MyAssistancePage',
);
const TargetListPage = page(() => import('../features/assistance/pages/TargetListPage'), 'TargetListPage');
const TargetReviewPage = page(
  () => import('../features/assistance/pages/TargetReviewPage'),
  'TargetReviewPage',
);
const CasePage = page(() => import('../features/assistance/pages/CasePage'), 'CasePage');
const StandardPage = page(() => import('../features/assistance/pages/StandardPage'), 'StandardPage');
const SubsidyReviewPage = page(
  () => import('../features/subsidies/pages/SubsidyReviewPage'),
  'SubsidyReviewPage',
);
const SubsidyRulesPage = page(
  () => import('../features/subsidies/pages/SubsidyRulesPage'),
  'SubsidyRulesPage',
);
const HandoverPage = page(() => import('../features/handover/pages/HandoverPage'), 'HandoverPage');
const FollowUpPage = page(() => import('../features/handover/pages/FollowUpPage'), 'FollowUpPage');
const TrainingPage = page(() => import('../features/training/pages/TrainingPage'), 'TrainingPage');
const ProgrammePage = page(() => import('../features/training/pages/ProgrammePage'), 'ProgrammePage');
const AssistanceDashboardPage = page(
  () => import('../features/assistance-dashboard/pages/AssistanceDashboardPage'),
  'AssistanceDashboardPage',
);
const MarketsPage = page(() => import('../features/markets/pages/MarketsPage'), 'MarketsPage');
const MarketAdminPage = page(() => import('../features/markets/pages/MarketsPage'), 'MarketAdminPage');
const MarketPage = page(() => import('../features/markets/pages/MarketPage'), 'MarketPage');
const OpenShell = page(() => import('./layouts/OpenShell'), 'OpenShell');
const AuditPage = page(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const NotFoundPage = page(() => import('./pages/StatusPages'), 'NotFoundPage');

function guarded(roles: readonly Role[], Page: ComponentType) {
  return (
    <RequireRole roles={roles}>
      <Page />
    </RequireRole>
  );
}

function PublicFrame() {
  return (
    <PublicOnly>
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    </PublicOnly>
  );
}

/** The route table; main.tsx mounts it in a browser router, tests in a memory router. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicFrame />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/register', element: <RegisterPage /> },
        ],
      },
      {
        // Guards itself: PublicOnly would send the just-registered HR home before the page can take
        // them to their organisation's profile.
        path: '/register/organisation',
        element: (
          <Suspense fallback={<FullPageSpin />}>
            <OrganisationRegisterPage />
          </Suspense>
        ),
      },
      {
        // Job search, jobs, markets and 查询核验 are public: a shared link works without an account.
        element: (
          <Suspense fallback={<FullPageSpin />}>
            <OpenShell />
          </Suspense>
        ),
        children: [
          { path: '/jobs', element: <JobSearchPage /> },
          { path: '/jobs/:id', element: <JobDetailPage /> },
          { path: '/markets', element: <MarketsPage /> },
          { path: '/markets/:id', element: <MarketPage /> },
          { path: '/verify', element: <PublicVerifyPage /> },
        ],
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <Suspense fallback={<FullPageSpin />}>
              <AppShell />
            </Suspense>
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: guarded(PAGES.profile.roles, ProfilePage) },
          { path: 'postings', element: guarded(PAGES.myJobs.roles, MyJobsPage) },
          { path: 'postings/new', element: guarded(PAGES.myJobs.roles, JobFormPage) },
          { path: 'postings/:id/edit', element: guarded(PAGES.myJobs.roles, JobFormPage) },
          { path: 'review', element: guarded(PAGES.review.roles, ReviewQueuePage) },
          { path: 'review/:id', element: guarded(PAGES.review.roles, ReviewDetailPage) },
          { path: 'roster', element: guarded(PAGES.roster.roles, RosterPage) },
          { path: 'imports', element: guarded(PAGES.imports.roles, ImportHistoryPage) },
          { path: 'imports/:id', element: guarded(rolesWith('roster.import'), ImportDetailPage) },
          { path: 'users', element: guarded(PAGES.users.roles, UsersPage) },
          { path: 'universities', element: guarded(PAGES.universities.roles, UniversitiesPage) },
          { path: 'organisations', element: guarded(PAGES.organisations.roles, OrganisationsPage) },
          { path: 'organisation', element: guarded(PAGES.myOrganisation.roles, MyOrganisationPage) },
          { path: 'verification', element: guarded(PAGES.verification.roles, VerificationQueuePage) },
          { path: 'verification/:id', element: guarded(PAGES.verification.roles, VerificationDetailPage) },
          { path: 'resume', element: guarded(PAGES.resume.roles, ResumePage) },
          { path: 'preferences', element: guarded(PAGES.preferences.roles, PreferencesPage) },
          { path: 'applications', element: guarded(PAGES.myApplications.roles, MyApplicationsPage) },
          { path: 'applicants', element: guarded(PAGES.applicants.roles, ApplicantsPage) },
          { path: 'destination', element: guarded(PAGES.myDestination.roles, MyDestinationPage) },
          { path: 'my-verification', element: guarded(PAGES.myVerification.roles, MyVerificationPage) },
          { path: 'disputes', element: guarded(PAGES.disputes.roles, DisputeQueuePage) },
          {
            path: 'destination-review',
            element: guarded(PAGES.destinationReview.roles, DestinationReviewPage),
          },
          { path: 'monitoring', element: guarded(PAGES.monitoring.roles, MonitoringPage) },
          { path: 'my-assistance', element: guarded(PAGES.myAssistance.roles, MyAssistancePage) },
          { path: 'assistance/targets', element: guarded(PAGES.assistanceTargets.roles, TargetListPage) },
          { path: 'assistance/reviews', element: guarded(PAGES.assistanceReviews.roles, TargetReviewPage) },
          { path: 'assistance/graduates/:id', element: guarded(PAGES.assistanceTargets.roles, CasePage) },
          { path: 'assistance/standard', element: guarded(PAGES.assistanceStandard.roles, StandardPage) },
          {
            path: 'assistance/dashboard',
            element: guarded(PAGES.assistanceDashboard.roles, AssistanceDashboardPage),
          },
          { path: 'subsidies', element: guarded(PAGES.subsidies.roles, SubsidyReviewPage) },
          { path: 'subsidy-rules', element: guarded(PAGES.subsidyRules.roles, SubsidyRulesPage) },
          { path: 'handover', element: guarded(PAGES.handover.roles, HandoverPage) },
          { path: 'handover-follow-up', element: guarded(PAGES.handoverFollowUp.roles, FollowUpPage) },
          { path: 'training', element: guarded(PAGES.training.roles, TrainingPage) },
          { path: 'training/:id', element: guarded(PAGES.training.roles, ProgrammePage) },
          { path: 'market-admin', element: guarded(PAGES.marketAdmin.roles, MarketAdminPage) },
          { path: 'audit', element: guarded(PAGES.audit.roles, AuditPage) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
