import { registerEnumType } from 'type-graphql';

/** What a person's job lets them do, each within a unit subtree (the unit and every unit under it). */
export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  HR = 'HR',
  HEAD = 'HEAD',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(Role, { name: 'Role', description: 'ADMIN, LEADER (chairman, vice-chairmen), HR, HEAD (of a unit), OFFICIAL' });

export const ALL_ROLES = [Role.ADMIN, Role.LEADER, Role.HR, Role.HEAD, Role.OFFICIAL];
/** Roles that work with tasks (the administrator manages the organisation, not the work). */
export const TASK_READERS = [Role.LEADER, Role.HR, Role.HEAD, Role.OFFICIAL];
export const TASK_MANAGERS = [Role.LEADER, Role.HEAD];
