import { usePermissions } from 'react-admin';
import { scopeUnitFilter, type Permissions, type Role } from '../providers/can-access.js';

/**
 * The `Unit` filter for a picker whose unit the server checks against the person's scope (a
 * task's lead unit, a document's issuing unit): only the units those roles reach are offered.
 */
export function useScopeUnitFilter(roles: readonly Role[]): Record<string, unknown> | undefined {
  const { permissions } = usePermissions<Permissions>();
  return permissions ? scopeUnitFilter(permissions, roles) : undefined;
}
