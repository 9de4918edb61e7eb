import type { Role } from '@jiuye/domain/roles';
import { lazy, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin';
import { useCurrentUser, useMe, type LoginRedirectState } from '../features/auth/api';
import { ErrorAlert } from '../lib/errors';

// Rarely shown, and its illustration is heavy: loaded only when a role is actually refused.
const ForbiddenPage = lazy(() => import('./pages/StatusPages').then((m) => ({ default: m.ForbiddenPage })));

/** Renders children only for a signed-in user; otherwise goes to /login remembering the target. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (error) {
    return (
      <div style={{ maxWidth: 560, margin: '15vh auto', padding: 16 }}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!me) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

/** Pages for signed-out visitors (login, registration); a signed-in user goes on to where they were headed. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (me) {
    const from = (location.state as LoginRedirectState | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return children;
}

/** A 403 page instead of the children when the signed-in role is not listed. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  return roles.includes(me.role) ? children : <ForbiddenPage />;
}
