import { useEffect, type ReactNode } from 'react';
import { Navigate, useAuthProvider, useGetIdentity, useLocation, useLogoutIfAccessDenied } from 'react-admin';
import { RENEW_EVERY_MS, type PanelAuthProvider, type PanelIdentity } from '../providers/auth-provider.js';

/**
 * Renews the session while the panel is open, so that someone at work is not sent to the login
 * page when the token's lifetime runs out. A refused renewal (ended elsewhere) logs out.
 */
export function useSessionRenewal(): void {
  const authProvider = useAuthProvider<PanelAuthProvider>();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  useEffect(() => {
    if (!authProvider) return;
    const timer = window.setInterval(() => {
      authProvider.renew().catch((error: unknown) => logoutIfAccessDenied(error));
    }, RENEW_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [authProvider, logoutIfAccessDenied]);
}

export const CHANGE_PASSWORD_PATH = '/change-password';

/** While the password is one an administrator set, the only page is the one that replaces it. */
export const TemporaryPasswordGuard = ({ children }: { children: ReactNode }) => {
  const { identity } = useGetIdentity();
  const location = useLocation();
  if ((identity as PanelIdentity | undefined)?.passwordTemporary && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <>{children}</>;
};
