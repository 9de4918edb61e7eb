import {
  AimOutlined,
  AreaChartOutlined,
  AppstoreAddOutlined,
  AppstoreOutlined,
  AuditOutlined,
  AccountBookOutlined,
  BarChartOutlined,
  BookOutlined,
  ExportOutlined,
  PhoneOutlined,
  ScheduleOutlined,
  HeartOutlined,
  ReconciliationOutlined,
  SnippetsOutlined,
  CarryOutOutlined,
  ContactsOutlined,
  FileTextOutlined,
  SendOutlined,
  BankOutlined,
  CloudUploadOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FlagOutlined,
  IssuesCloseOutlined,
  QrcodeOutlined,
  SecurityScanOutlined,
  ShopOutlined,
  SafetyCertificateOutlined,
  ProfileOutlined,
  HomeOutlined,
  IdcardOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { ROLES, type Role } from '@jiuye/domain/roles';
import type { ReactNode } from 'react';
import { rolesWith } from '@jiuye/domain/permissions';
import type { MessageKey } from '../lib/i18n';

export type PageId =
  | 'home'
  | 'profile'
  | 'preferences'
  | 'jobs'
  | 'markets'
  | 'marketAdmin'
  | 'myJobs'
  | 'resume'
  | 'myApplications'
  | 'myDestination'
  | 'myVerification'
  | 'destinationReview'
  | 'disputes'
  | 'monitoring'
  | 'myAssistance'
  | 'assistanceTargets'
  | 'assistanceReviews'
  | 'assistanceStandard'
  | 'assistanceDashboard'
  | 'subsidies'
  | 'subsidyRules'
  | 'handover'
  | 'handoverFollowUp'
  | 'training'
  | 'applicants'
  | 'review'
  | 'myOrganisation'
  | 'verification'
  | 'publicVerify'
  | 'users'
  | 'universities'
  | 'organisations'
  | 'roster'
  | 'imports'
  | 'audit';

interface PageDef {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  roles: readonly Role[];
}

/**
 * Every page that exists, with who may open it. The menu and the route guards both read this,
 * so a menu entry can never point at a page its role would be refused.
 */
export const PAGES: Record<PageId, PageDef> = {
  home: { path: '/', label: 'nav.home', icon: <HomeOutlined />, roles: ROLES },
  profile: { path: '/profile', label: 'nav.profile', icon: <IdcardOutlined />, roles: ['graduate'] },
  preferences: {
    path: '/preferences',
    label: 'nav.preferences',
    icon: <AimOutlined />,
    roles: rolesWith('profile.own'),
  },
  // Public search over the published jobs (its own endpoint), so every role may look.
  jobs: { path: '/jobs', label: 'nav.jobs', icon: <FileSearchOutlined />, roles: ROLES },
  markets: { path: '/markets', label: 'nav.markets', icon: <AppstoreOutlined />, roles: ROLES },
  // A path outside /markets so pageForPath does not light up the public list for it.
  marketAdmin: {
    path: '/market-admin',
    label: 'nav.marketAdmin',
    icon: <AppstoreAddOutlined />,
    roles: rolesWith('markets.manage'),
  },
  resume: {
    path: '/resume',
    label: 'nav.resume',
    icon: <FileTextOutlined />,
    roles: rolesWith('applications.apply'),
  },
  myApplications: {
    path: '/applications',
    label: 'nav.myApplications',
    icon: <SendOutlined />,
    roles: rolesWith('applications.apply'),
  },
  myDestination: {
    path: '/destination',
    label: 'nav.myDestination',
    icon: <FlagOutlined />,
    roles: rolesWith('destinations.register'),
  },
  myVerification: {
    path: '/my-verification',
    label: 'nav.myVerification',
    icon: <QrcodeOutlined />,
    roles: rolesWith('destinations.register'),
  },
  destinationReview: {
    path: '/destination-review',
    label: 'nav.destinationReview',
    icon: <CarryOutOutlined />,
    roles: rolesWith('destinations.review'),
  },
  disputes: {
    path: '/disputes',
    label: 'nav.disputes',
    icon: <IssuesCloseOutlined />,
    roles: rolesWith('destinations.edit'),
  },
  monitoring: {
    path: '/monitoring',
    label: 'nav.monitoring',
    icon: <AreaChartOutlined />,
    roles: rolesWith('monitoring.read'),
  },
  myAssistance: {
    path: '/my-assistance',
    label: 'nav.myAssistance',
    icon: <HeartOutlined />,
    roles: rolesWith('assistance.own'),
  },
  assistanceTargets: {
    path: '/assistance/targets',
    label: 'nav.assistanceTargets',
    icon: <HeartOutlined />,
    roles: rolesWith('assistance.manage'),
  },
  assistanceReviews: {
    path: '/assistance/reviews',
    label: 'nav.assistanceReviews',
    icon: <ReconciliationOutlined />,
    roles: rolesWith('assistance.manage'),
  },
  assistanceStandard: {
    path: '/assistance/standard',
    label: 'nav.assistanceStandard',
    icon: <SnippetsOutlined />,
    roles: rolesWith('assistance.manage'),
  },
  assistanceDashboard: {
    path: '/assistance/dashboard',
    label: 'nav.assistanceDashboard',
    icon: <BarChartOutlined />,
    roles: rolesWith('assistance.read'),
  },
  subsidies: {
    path: '/subsidies',
    label: 'nav.subsidies',
    icon: <AccountBookOutlined />,
    roles: rolesWith('subsidies.review'),
  },
  // Rules are read by everyone who reviews applications and set by those who configure them.
  subsidyRules: {
    path: '/subsidy-rules',
    label: 'nav.subsidyRules',
    icon: <BookOutlined />,
    roles: [...new Set([...rolesWith('subsidies.review'), ...rolesWith('subsidies.configure')])],
  },
  handover: {
    path: '/handover',
    label: 'nav.handover',
    icon: <ExportOutlined />,
    roles: rolesWith('handover.send'),
  },
  handoverFollowUp: {
    path: '/handover-follow-up',
    label: 'nav.handoverFollowUp',
    icon: <PhoneOutlined />,
    roles: rolesWith('handover.follow_up'),
  },
  training: {
    path: '/training',
    label: 'nav.training',
    icon: <ScheduleOutlined />,
    roles: rolesWith('training.manage'),
  },
  applicants: {
    path: '/applicants',
    label: 'nav.applicants',
    icon: <ContactsOutlined />,
    roles: rolesWith('applications.manage'),
  },
  myJobs: {
    path: '/postings',
    label: 'nav.myJobs',
    icon: <SolutionOutlined />,
    roles: rolesWith('jobs.manage'),
  },
  review: {
    path: '/review',
    label: 'nav.review',
    icon: <FileProtectOutlined />,
    roles: rolesWith('compliance.review'),
  },
  myOrganisation: {
    path: '/organisation',
    label: 'nav.myOrganisation',
    icon: <ProfileOutlined />,
    roles: rolesWith('organisations.own'),
  },
  verification: {
    path: '/verification',
    label: 'nav.verification',
    icon: <SafetyCertificateOutlined />,
    roles: rolesWith('organisations.verify'),
  },
  // Public (no guard on its route). Graduates find their own number under 核验授权, so their menu
  // leaves out the verifier's page.
  publicVerify: {
    path: '/verify',
    label: 'nav.publicVerify',
    icon: <SecurityScanOutlined />,
    roles: ROLES.filter((role) => role !== 'graduate'),
  },
  users: { path: '/users', label: 'nav.users', icon: <UserOutlined />, roles: ['admin'] },
  universities: {
    path: '/universities',
    label: 'nav.universities',
    icon: <BankOutlined />,
    roles: rolesWith('reference.manage'),
  },
  organisations: {
    path: '/organisations',
    label: 'nav.organisations',
    icon: <ShopOutlined />,
    roles: rolesWith('organisations.manage'),
  },
  roster: { path: '/roster', label: 'nav.roster', icon: <TeamOutlined />, roles: rolesWith('roster.read') },
  imports: {
    path: '/imports',
    label: 'nav.imports',
    icon: <CloudUploadOutlined />,
    roles: rolesWith('roster.import'),
  },
  audit: { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, roles: ['admin'] },
};

const MENU_ORDER: readonly PageId[] = [
  'home',
  'profile',
  'preferences',
  'jobs',
  'markets',
  'resume',
  'myApplications',
  'myDestination',
  'myVerification',
  'destinationReview',
  'disputes',
  'monitoring',
  'myAssistance',
  'assistanceTargets',
  'assistanceReviews',
  'assistanceStandard',
  'assistanceDashboard',
  'subsidies',
  'subsidyRules',
  'handover',
  'handoverFollowUp',
  'training',
  'myJobs',
  'applicants',
  'review',
  'marketAdmin',
  'myOrganisation',
  'verification',
  'publicVerify',
  'users',
  'universities',
  'organisations',
  'roster',
  'imports',
  'audit',
];

/** The pages a role sees in its menu, in display order. */
export function menuPages(role: Role): { id: PageId; page: PageDef }[] {
  return MENU_ORDER.filter((id) => PAGES[id].roles.includes(role)).map((id) => ({ id, page: PAGES[id] }));
}

/** The menu entry that owns a URL, so nested pages (e.g. /imports/:id) keep their parent highlighted. */
export function pageForPath(pathname: string): PageId | undefined {
  const match = MENU_ORDER.filter((id) => id !== 'home').find((id) => {
    const { path } = PAGES[id];
    return pathname === path || pathname.startsWith(`${path}/`);
  });
  return match ?? (pathname === '/' ? 'home' : undefined);
}
