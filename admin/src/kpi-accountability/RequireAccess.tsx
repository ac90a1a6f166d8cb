import type { ReactNode } from 'react';
import { Loading, Navigate, useCanAccess } from 'react-admin';

/** A custom page shown only when `canAccess` allows the action, as `withAccess` does for resource pages. */
export const RequireAccess = ({ resource, action, children }: { resource: string; action: string; children: ReactNode }) => {
  const { canAccess, isPending } = useCanAccess({ resource, action });
  if (isPending) return <Loading />;
  if (!canAccess) return <Navigate to="/access-denied" replace />;
  return <>{children}</>;
};
