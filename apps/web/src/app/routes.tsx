// The route table: which screen lives at which path, who may open it, and what the menu shows.
// Each screen is its own chunk (React.lazy), so a role downloads only the screens it opens.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role, SessionUser } from '../lib/session';

export interface AppRoute {
  path: string;
  roles: readonly Role[];
  screen: LazyExoticComponent<ComponentType>;
  /** Shown in the menu under this label, at this link (for a path with a parameter), under a heading. */
  menu?: { label: string; to?: (user: SessionUser) => string | null; group?: string };
}

const CHAMBER: readonly Role[] = ['admin', 'staff', 'approver', 'president'];
const EVERYONE: readonly Role[] = [...CHAMBER, 'board'];
const IMPORTERS: readonly Role[] = ['admin', 'staff', 'approver'];
const SYSTEM = 'مدیریت سامانه';

const CATALOG_SCREENS = [
  ['categories', 'رسته ها', 'CategoriesPage'],
  ['legal-forms', 'شکل های حقوقی', 'LegalFormsPage'],
  ['classification-criteria', 'معیارهای تفکیک', 'CriteriaPage'],
  ['indicators', 'شاخص های عملکرد', 'IndicatorsPage'],
  ['support-kinds', 'انواع حمایت', 'SupportKindsPage'],
] as const;

const dashboardScreen = () => import('../features/roadmap/DashboardPage');

/**
 * Loads the chamber's home screen (and the chart and table code it shares with the others) while
 * the login form is shown, so that after «ورود» only the API's answer is awaited.
 */
export function preloadHome(): void {
  void dashboardScreen().catch(() => undefined);
}

export const ROUTES: AppRoute[] = [
  {
    path: '/dashboard',
    roles: CHAMBER,
    screen: lazy(dashboardScreen),
    menu: { label: 'داشبورد نقشه راه' },
  },
  {
    path: '/associations',
    roles: CHAMBER,
    screen: lazy(() => import('../features/register/RegisterPage')),
    menu: { label: 'فهرست تشکل ها' },
  },
  {
    path: '/associations/import',
    roles: IMPORTERS,
    screen: lazy(() => import('../features/register/ImportPage')),
    menu: { label: 'ورود تشکل ها از فایل' },
  },
  {
    // Staff's page of one association: gate checklist, phase outputs, moves and their history.
    path: '/associations/:id/lifecycle',
    roles: CHAMBER,
    screen: lazy(() => import('../features/lifecycle/LifecyclePage')),
  },
  {
    path: '/associations/:id',
    roles: EVERYONE,
    screen: lazy(() => import('../features/roadmap/AssociationRoadmapPage')),
    menu: {
      label: 'نقشه راه تشکل من',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}` : null,
    },
  },
  {
    path: '/my/reports',
    roles: ['board'],
    screen: lazy(() => import('../features/kpi/BoardReportsPage')),
    menu: { label: 'گزارش های عملکرد' },
  },
  {
    path: '/my/reports/:id',
    roles: ['board'],
    screen: lazy(() => import('../features/kpi/ReportFormPage')),
  },
  {
    path: '/my/scores',
    roles: ['board'],
    screen: lazy(() => import('../features/kpi/ScoresPage')),
    menu: { label: 'امتیازهای عملکرد' },
  },
  {
    path: '/kpi/review',
    roles: ['staff', 'approver'],
    screen: lazy(() => import('../features/kpi/ReviewQueuePage')),
    menu: { label: 'بررسی گزارش های عملکرد' },
  },
  {
    path: '/kpi/review/:id',
    roles: ['staff', 'approver'],
    screen: lazy(() => import('../features/kpi/ReviewReportPage')),
  },
  {
    path: '/associations/:id/audit',
    roles: EVERYONE,
    screen: lazy(() => import('../features/audit/AuditPage')),
    menu: {
      label: 'سابقه تغییرات تشکل من',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/audit` : null,
    },
  },
  {
    path: '/supports',
    roles: CHAMBER,
    screen: lazy(() => import('../features/supports/SupportsListPage')),
    menu: { label: 'حمایت ها' },
  },
  {
    path: '/supports/new',
    roles: ['admin', 'staff'],
    screen: lazy(() => import('../features/supports/RequestSupportPage')),
    menu: { label: 'درخواست حمایت' },
  },
  {
    // An approver's own limits with this year's use, and delegating part of them (تفویض اختیار).
    path: '/supports/limits',
    roles: ['approver'],
    screen: lazy(() => import('../features/supports/MyLimitsPage')),
    menu: { label: 'سقف اختیار من و تفویض' },
  },
  {
    path: '/supports/:id',
    roles: EVERYONE,
    screen: lazy(() => import('../features/supports/SupportPage')),
  },
  {
    path: '/associations/:id/supports',
    roles: EVERYONE,
    screen: lazy(() => import('../features/supports/BoardGrantsPage')),
    menu: {
      label: 'حمایت های تشکل من',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/supports` : null,
    },
  },
  {
    path: '/associations/:id/members',
    roles: EVERYONE,
    screen: lazy(() => import('../features/participation/MembersPage')),
    menu: {
      label: 'اعضای تشکل',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/members` : null,
    },
  },
  {
    path: '/surveys',
    roles: CHAMBER,
    screen: lazy(() => import('../features/participation/SurveysPage')),
    menu: { label: 'نظرسنجی اعضا' },
  },
  {
    path: '/questionnaires',
    roles: ['admin', 'staff'],
    screen: lazy(() => import('../features/participation/QuestionnairesPage')),
    menu: { label: 'پرسشنامه ها' },
  },
  {
    path: '/associations/:id/surveys',
    roles: EVERYONE,
    screen: lazy(() => import('../features/participation/SurveysPage')),
    menu: {
      label: 'نظرسنجی اعضا',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/surveys` : null,
    },
  },
  {
    path: '/associations/:id/assemblies',
    roles: EVERYONE,
    screen: lazy(() => import('../features/participation/AssembliesPage')),
    menu: {
      label: 'مجامع عمومی',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/assemblies` : null,
    },
  },
  {
    path: '/associations/:id/elections',
    roles: EVERYONE,
    screen: lazy(() => import('../features/participation/ElectionsPage')),
    menu: {
      label: 'انتخابات هیئت مدیره',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/elections` : null,
    },
  },
  {
    // The board (هیئت مدیره) with roles and terms; staff add seats and end terms, the board reads.
    path: '/associations/:id/board',
    roles: EVERYONE,
    screen: lazy(() => import('../features/board/BoardMembersPage')),
    menu: {
      label: 'هیئت مدیره تشکل من',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/board` : null,
    },
  },
  {
    // Baselines and targets per indicator; staff set them, the board agrees (the phase-5 gate).
    path: '/associations/:id/targets',
    roles: EVERYONE,
    screen: lazy(() => import('../features/kpi/TargetsPage')),
    menu: {
      label: 'اهداف شاخص ها',
      to: (user) =>
        user.role === 'board' && user.associationId ? `/associations/${user.associationId}/targets` : null,
    },
  },
  {
    // The chamber expert's assessment per quarter (the chamber axis of the score); staff record it.
    path: '/associations/:id/assessment',
    roles: CHAMBER,
    screen: lazy(() => import('../features/kpi/AssessmentPage')),
  },
  {
    path: '/notifications',
    roles: EVERYONE,
    screen: lazy(() => import('../features/notifications/NotificationsPage')),
  },
  {
    path: '/survey-runs/:runId',
    roles: EVERYONE,
    screen: lazy(() => import('../features/participation/SurveyResultsPage')),
  },
  {
    path: '/admin/users',
    roles: ['admin'],
    screen: lazy(() => import('../features/admin/UsersPage')),
    menu: { label: 'کاربران', group: SYSTEM },
  },
  {
    path: '/admin/approval-limits',
    roles: ['admin'],
    screen: lazy(() => import('../features/admin/ApprovalLimitsPage')),
    menu: { label: 'سقف اختیار تأیید', group: SYSTEM },
  },
  {
    path: '/admin/budgets',
    roles: ['admin', 'president'],
    screen: lazy(() => import('../features/admin/BudgetsPage')),
    menu: { label: 'بودجه حمایت ها', group: SYSTEM },
  },
  {
    path: '/admin/settings',
    roles: ['admin'],
    screen: lazy(() => import('../features/admin/SettingsPage')),
    menu: { label: 'تنظیمات سامانه', group: SYSTEM },
  },
  ...CATALOG_SCREENS.map(([path, label, page]): AppRoute => ({
    path: `/admin/catalogs/${path}`,
    roles: ['admin'],
    // The five catalogs share one chunk: one screen drawn from each catalog's description.
    screen: lazy(() => import('../features/admin/CatalogsPage').then((m) => ({ default: m[page] }))),
    menu: { label, group: SYSTEM },
  })),
];

/**
 * Pages a member opens from a one-time link, with no account: rendered before the login check,
 * outside the menu, each its own small chunk (the first screen on a member's phone).
 */
export const PUBLIC_ROUTES: { path: string; screen: LazyExoticComponent<ComponentType> }[] = [
  { path: '/survey/:token', screen: lazy(() => import('../features/participation/SurveyAnswerPage')) },
  { path: '/ballot/:token', screen: lazy(() => import('../features/participation/BallotPage')) },
];

/** Roles that record outputs and move associations: the register leads them to the lifecycle page. */
export const LIFECYCLE_WRITERS: readonly Role[] = ['admin', 'staff', 'approver'];

/** Where a row of the register leads this user: staff to the association's lifecycle, others to its roadmap. */
export function associationPath(user: SessionUser | undefined, id: string): string {
  return user && LIFECYCLE_WRITERS.includes(user.role)
    ? `/associations/${id}/lifecycle`
    : `/associations/${id}`;
}

/** Where a user lands after logging in. */
export function homeOf(user: SessionUser): string {
  if (user.role === 'board') return user.associationId ? `/associations/${user.associationId}` : '/not-found';
  return '/dashboard';
}

export interface MenuItem {
  label: string;
  to: string;
  /** The heading it is listed under; entries without one come first. */
  group?: string;
}

export function menuFor(user: SessionUser): MenuItem[] {
  return ROUTES.filter((r) => r.menu && r.roles.includes(user.role)).flatMap((r) => {
    const to = r.menu?.to ? r.menu.to(user) : r.path;
    return to && r.menu ? [{ label: r.menu.label, to, group: r.menu.group }] : [];
  });
}
