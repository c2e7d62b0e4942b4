// The route table: which screen lives at which path, who may open it, and what the menu shows.
// Each screen is its own chunk (React.lazy), so a role downloads only the screens it opens.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role, SessionUser } from '../lib/session';

export interface AppRoute {
  path: string;
  roles: readonly Role[];
  screen: LazyExoticComponent<ComponentType>;
  /** Shown in the menu under this label, at this link (for a path with a parameter). */
  menu?: { label: string; to?: (user: SessionUser) => string | null };
}

const CHAMBER: readonly Role[] = ['admin', 'staff', 'approver', 'president'];
const EVERYONE: readonly Role[] = [...CHAMBER, 'board'];

export const ROUTES: AppRoute[] = [
  {
    path: '/dashboard',
    roles: CHAMBER,
    screen: lazy(() => import('../features/roadmap/DashboardPage')),
    menu: { label: 'داشبورد نقشه راه' },
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
];

/** Where a user lands after logging in. */
export function homeOf(user: SessionUser): string {
  if (user.role === 'board') return user.associationId ? `/associations/${user.associationId}` : '/not-found';
  return '/dashboard';
}

export function menuFor(user: SessionUser): { label: string; to: string }[] {
  return ROUTES.filter((r) => r.menu && r.roles.includes(user.role)).flatMap((r) => {
    const to = r.menu?.to ? r.menu.to(user) : r.path;
    return to && r.menu ? [{ label: r.menu.label, to }] : [];
  });
}
