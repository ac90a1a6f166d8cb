import type { ComponentType } from 'react';
import { Loading, Navigate, useCanAccess } from 'react-admin';

type Action = 'list' | 'show' | 'edit' | 'create';

/**
 * Renders a resource page only once `canAccess` allowed it. react-admin's own check redirects to
 * the access-denied page, but its controllers start their query as soon as the check is no
 * longer pending, whatever its answer: the server then refuses, and the person sees that refusal
 * over the access-denied page.
 */
const Guard = ({ action, page: Page }: { action: Action; page: ComponentType }) => {
  const { canAccess, isPending } = useCanAccess({ action });
  if (isPending) return <Loading />;
  if (!canAccess) return <Navigate to="/access-denied" replace />;
  return <Page />;
};

interface ResourcePages {
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}

/** The resource definition with each page behind its `canAccess` check. */
export function withAccess<T extends ResourcePages>(definition: T): T {
  const guarded = { ...definition };
  for (const action of ['list', 'show', 'edit', 'create'] as const) {
    const page = definition[action];
    if (page) guarded[action] = Object.assign(() => <Guard action={action} page={page} />, { displayName: `WithAccess(${action})` });
  }
  return guarded;
}
