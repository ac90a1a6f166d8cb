/**
 * What the signed-in person may do, as the panel judges it to show menus, routes and buttons.
 * It mirrors the `@Access` rule of every operation on the server and, where a record names its
 * unit, the server's scope checks; the server remains the judge. Pure: no React, no browser.
 */

export const ROLES = ['ADMIN', 'LEADER', 'HR', 'HEAD', 'OFFICIAL'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work with tasks (the administrator manages the organisation, not the work). */
export const TASK_READERS: readonly Role[] = ['LEADER', 'HR', 'HEAD', 'OFFICIAL'];
/** Roles that create, assign, edit, accept and return the tasks led by a unit of their scope. */
export const TASK_MANAGERS: readonly Role[] = ['LEADER', 'HEAD'];
/** Roles that see the accountability by official and download the reports. */
export const REPORT_READERS: readonly Role[] = ['LEADER', 'HR', 'HEAD'];
/** Roles that issue documents and directives (administrators may correct them). */
export const ISSUERS: readonly Role[] = ['LEADER', 'ADMIN'];
/** Every role reads the index results of its scope. */
export const RESULT_READERS: readonly Role[] = ROLES;
/** Roles that enter and import index results over a unit of their scope. */
export const RESULT_WRITERS: readonly Role[] = ['LEADER', 'HR', 'ADMIN'];

/** One role held over one unit and every unit under it. */
export interface Grant {
  role: Role;
  unitId: string;
  unitName?: string;
  /** When the unit exists (YYYY-MM-DD; none: open-ended), so that a merged-away unit is not the default. */
  unitValidFrom?: string | null;
  unitValidTo?: string | null;
  /** The ids of the unit and of every unit under it (the role's reach). */
  unitIds: readonly string[];
}

/** The signed-in account as the rules need it: its official and its roles over unit subtrees. */
export interface Permissions {
  accountId: string;
  officialId: string | null;
  grants: Grant[];
}

export interface AccessParams {
  resource: string;
  action: string;
  record?: Record<string, unknown> | null;
}

type Id = string | number;

function idOf(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function hasRole(p: Permissions, roles: readonly Role[]): boolean {
  return p.grants.some((g) => roles.includes(g.role));
}

/** Whether one of the roles is held over a subtree that contains the unit. */
export function unitInScope(p: Permissions, roles: readonly Role[], unitId: Id | null | undefined): boolean {
  const id = idOf(unitId);
  return id !== null && p.grants.some((g) => roles.includes(g.role) && g.unitIds.includes(id));
}

/** The units the roles are held over (the tops of the subtrees), without repeats. */
export function scopeUnitIds(p: Permissions, roles: readonly Role[]): string[] {
  return [...new Set(p.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitId))];
}

/** Every unit the roles reach. */
export function reachableUnitIds(p: Permissions, roles: readonly Role[]): string[] {
  return [...new Set(p.grants.filter((g) => roles.includes(g.role)).flatMap((g) => g.unitIds))];
}

/**
 * The role is required; when the record is known and `unitField` names its unit, that unit must
 * lie in the role's scope too. A record without the unit is left to the server.
 */
function roleOver(p: Permissions, roles: readonly Role[], record: AccessParams['record'], unitField: string): boolean {
  if (!hasRole(p, roles)) return false;
  const unit = record ? idOf(record[unitField]) : null;
  return unit === null || unitInScope(p, roles, unit);
}

/**
 * A `Unit` list filter for the units the roles reach, for pickers that should offer nothing the
 * server would refuse: one subtree by its top, several by their ids.
 */
export function scopeUnitFilter(p: Permissions, roles: readonly Role[]): Record<string, unknown> {
  const tops = scopeUnitIds(p, roles);
  return tops.length === 1 ? { withinUnitId: tops[0] } : { ids: reachableUnitIds(p, roles) };
}

/** The official answers for the task or carries it out. */
export function isOwnTask(p: Permissions, task: AccessParams['record']): boolean {
  if (!task || p.officialId === null) return false;
  const assignees = Array.isArray(task.assigneeIds) ? task.assigneeIds.map(String) : [];
  return idOf(task.responsibleOfficialId) === p.officialId || assignees.includes(p.officialId);
}

const READ = new Set(['list', 'show', 'export']);

/** Units, officials, their posts, documents and directives: read by every signed-in account. */
const ORGANISATION: Record<string, { writers: readonly Role[]; unitField?: string; newUnitField?: string }> = {
  // A unit is changed within the administrator's scope, and created under a unit of it.
  Unit: { writers: ['ADMIN'], unitField: 'id', newUnitField: 'parentId' },
  // An official may have served in several units: the server checks their posts.
  Official: { writers: ['ADMIN'] },
  OfficialAssignment: { writers: ['ADMIN'], unitField: 'unitId' },
  Document: { writers: ISSUERS, unitField: 'issuingUnitId' },
  // A directive's unit is its document's: the server checks it.
  Directive: { writers: ISSUERS },
};

/** The panel's task actions that are steps of the server's workflow table (task.workflow.ts); a report is either kind. */
const TASK_STEPS: Record<string, readonly string[]> = {
  edit: ['EDIT'], delete: ['DELETE'], accept: ['ACCEPT'], return: ['RETURN'], report: ['REPORT_PROGRESS', 'REPORT_DONE'],
  changeDeadline: ['CHANGE_DEADLINE'],
};

/** The server's answer for a task step on a record it sent (allowedActions); undefined when the record has none. */
export function taskStepAllowed(action: string, record: AccessParams['record']): boolean | undefined {
  const steps = TASK_STEPS[action];
  if (!steps || !record || !Array.isArray(record.allowedActions)) return undefined;
  return steps.some((s) => (record.allowedActions as unknown[]).includes(s));
}

function taskAccess(p: Permissions, action: string, record: AccessParams['record']): boolean {
  if (READ.has(action)) return hasRole(p, TASK_READERS);
  // on a record read from the server, what may happen next is the server's answer (allowedActions)
  const answer = taskStepAllowed(action, record);
  if (answer !== undefined) return answer;
  switch (action) {
    case 'create':
    case 'edit':
    case 'delete':
    case 'accept':
    case 'return':
      return roleOver(p, TASK_MANAGERS, record, 'leadUnitId');
    case 'import':
      // each row's lead unit is checked by the server against the importer's scope
      return hasRole(p, TASK_MANAGERS);
    case 'report':
    // attaching evidence to a report is not a workflow step: the server allows it in every state, to who may report
    case 'attach':
      // Managers of the lead unit report for anyone; others on the tasks they answer for or carry out.
      if (!hasRole(p, TASK_READERS)) return false;
      if (!record) return true;
      return unitInScope(p, TASK_MANAGERS, idOf(record.leadUnitId)) || isOwnTask(p, record);
    default:
      return false;
  }
}

/**
 * The index (Decision 766): the catalogue is read by every signed-in account and kept by
 * administrators; results are read by every role, entered, deleted and imported (`import`) by
 * leaders, HR and administrators of the unit; tasks are tied to indicators by their managers.
 */
function kpiAccess(p: Permissions, resource: string, action: string, record: AccessParams['record']): boolean {
  switch (resource) {
    case 'Indicator':
    case 'IndicatorGroup':
      if (READ.has(action)) return true;
      return (action === 'edit' || (action === 'create' && resource === 'Indicator')) && hasRole(p, ['ADMIN']);
    case 'IndicatorResult':
      if (READ.has(action) || action === 'accountability') return hasRole(p, RESULT_READERS);
      if (action === 'create' || action === 'delete') return roleOver(p, RESULT_WRITERS, record, 'unitId');
      return action === 'import' && hasRole(p, RESULT_WRITERS);
    case 'TaskIndicatorTarget':
      if (READ.has(action)) return hasRole(p, TASK_READERS);
      // The task's lead unit is the server's to check.
      return (action === 'create' || action === 'delete') && hasRole(p, TASK_MANAGERS);
    default:
      return false;
  }
}

function accountAccess(p: Permissions, action: string, record: AccessParams['record']): boolean {
  if (!hasRole(p, ['ADMIN'])) return false;
  if (READ.has(action) || action === 'create') return true;
  if (action === 'edit' || action === 'resetPassword' || action === 'unlock') {
    // An account is an administrator's to change when all its roles lie in their scope.
    const roles = Array.isArray(record?.roles) ? (record.roles as Array<Record<string, unknown>>) : [];
    return roles.every((r) => r.unitId === undefined || unitInScope(p, ['ADMIN'], idOf(r.unitId)));
  }
  return false; // accounts are disabled, never deleted
}

function accountRoleAccess(p: Permissions, action: string, record: AccessParams['record']): boolean {
  if (READ.has(action)) return hasRole(p, ['ADMIN']);
  if (action === 'create') return roleOver(p, ['ADMIN'], record, 'unitId');
  if (action === 'delete') {
    // Nobody removes their own administrator role (the server refuses a self-lockout).
    const own = record && idOf(record.accountId) === p.accountId && record.role === 'ADMIN';
    return !own && roleOver(p, ['ADMIN'], record, 'unitId');
  }
  return false; // a role is withdrawn and granted again, not edited
}

// --- the yearly evaluation (server: evaluation.resolver.ts and the competence rules of evaluation.service.ts)

/** Roles that see evaluations: leaders, HR and heads those of their scope, an official their own. */
export const EVALUATION_READERS: readonly Role[] = ['LEADER', 'HR', 'HEAD', 'OFFICIAL'];

/**
 * Who proposes, decides and reopens: for an official without a leading post, a head (or leader)
 * over their unit; for a head or deputy (`isLeader`), a leader of the level above, that is a
 * leader whose subtree holds the unit. Nobody for their own evaluation.
 */
export function competentForEvaluation(p: Permissions, evaluation: AccessParams['record']): boolean {
  if (!hasRole(p, ['HEAD', 'LEADER'])) return false;
  if (!evaluation) return true;
  if (p.officialId !== null && idOf(evaluation.officialId) === p.officialId) return false;
  const unit = idOf(evaluation.unitId);
  if (unit === null) return true;
  // The level above lies in a leader's subtree whenever the unit does, but for the top of a grant
  // (whose parent may be outside it, or may not exist): that case is left to the server.
  if (evaluation.isLeader) return unitInScope(p, ['LEADER'], unit);
  return unitInScope(p, ['HEAD', 'LEADER'], unit);
}

/**
 * A unit's own rating is confirmed by a leader of the level above: one whose subtree holds the
 * unit's parent (`parentId`; null for a unit at the top, which its own leaders confirm).
 */
export function competentForUnitRating(p: Permissions, rating: AccessParams['record']): boolean {
  if (!hasRole(p, ['LEADER'])) return false;
  if (!rating) return true;
  const above = idOf(rating.parentId) ?? idOf(rating.unitId);
  return above === null || unitInScope(p, ['LEADER'], above);
}

/** The panel's evaluation actions that are steps of the server's workflow table (evaluation.workflow.ts). */
const WORKFLOW_STEPS: Record<string, string> = { selfAssess: 'SELF_ASSESS', edit: 'UPDATE_FACTS', propose: 'PROPOSE', review: 'REVIEW', decide: 'DECIDE', reopen: 'REOPEN' };

function evaluationAccess(p: Permissions, resource: string, action: string, record: AccessParams['record']): boolean {
  if (resource === 'EvaluationStep') return READ.has(action) && action !== 'export' && hasRole(p, EVALUATION_READERS);
  if (resource === 'UnitRating') {
    // Leaders, HR and heads read the unit ratings of their scope; the level above confirms them.
    if (action === 'list' || action === 'show') return hasRole(p, ['LEADER', 'HR', 'HEAD']);
    return action === 'confirm' && competentForUnitRating(p, record);
  }
  if (resource === 'EvaluationCycle') {
    if (action === 'list' || action === 'show') return hasRole(p, EVALUATION_READERS);
    // `setQuota`: the record is the unit whose quota is set (its `unitId`).
    if (action === 'create' || action === 'publish' || action === 'refresh' || action === 'setQuota') return roleOver(p, ['HR'], record, 'unitId');
    if (action === 'quota') return hasRole(p, ['LEADER', 'HR', 'HEAD']);
    if (action === 'export') return hasRole(p, ['HR', 'LEADER', 'HEAD']);
    return false; // a cycle is neither edited nor deleted
  }
  // on a record read from the server, its workflow steps are the server's answer (allowedActions)
  const step = WORKFLOW_STEPS[action];
  if (step && record && Array.isArray(record.allowedActions)) return (record.allowedActions as unknown[]).includes(step);
  switch (action) {
    case 'list':
    case 'show':
    case 'print':
      return hasRole(p, EVALUATION_READERS);
    case 'export':
      return hasRole(p, ['HR', 'LEADER', 'HEAD']);
    case 'selfAssess':
      // The server lets any reader call it, and then refuses anything but their own.
      if (!hasRole(p, EVALUATION_READERS) || p.officialId === null) return false;
      return !record || idOf(record.officialId) === p.officialId;
    case 'edit': // the facts the tasks do not show (updateEvaluation)
    case 'review':
      // HR, over the unit, for anyone's evaluation but their own (a colleague handles that)
      if (record && p.officialId !== null && idOf(record.officialId) === p.officialId) return false;
      return roleOver(p, ['HR'], record, 'unitId');
    case 'propose':
    case 'decide':
    case 'reopen':
      return competentForEvaluation(p, record);
    default:
      return false; // evaluations are created with their cycle, never deleted
  }
}

const EVALUATION_RESOURCES = new Set(['EvaluationCycle', 'Evaluation', 'EvaluationStep', 'UnitRating']);

/**
 * Whether the person may do `action` on `resource` (and on `record` when given). Actions are
 * react-admin's (list, show, export, create, edit, delete) plus `accept`, `return` and `report`
 * on tasks, `resetPassword` on accounts, the evaluation's steps, `quota` and `setQuota` on cycles
 * and `confirm` on unit ratings. Anything not named here is refused.
 */
export function canAccess(permissions: Permissions | null | undefined, { resource, action, record }: AccessParams): boolean {
  if (!permissions) return false;
  const p = permissions;
  if (EVALUATION_RESOURCES.has(resource)) return evaluationAccess(p, resource, action, record);
  const organisation = ORGANISATION[resource];
  if (organisation) {
    if (READ.has(action)) return true;
    if (action === 'create' || action === 'edit' || action === 'delete') {
      const field = action === 'create' ? (organisation.newUnitField ?? organisation.unitField) : organisation.unitField;
      return field ? roleOver(p, organisation.writers, record, field) : hasRole(p, organisation.writers);
    }
    return false;
  }
  switch (resource) {
    case 'Task':
      return taskAccess(p, action, record);
    case 'TaskUpdate':
      if (READ.has(action)) return hasRole(p, TASK_READERS);
      return action === 'create' && hasRole(p, TASK_READERS);
    case 'TaskEvent':
      return READ.has(action) && hasRole(p, TASK_READERS);
    case 'reports':
      // The accountability by official and the report downloads; entering a conclusion is a leader's.
      if (action === 'officials' || action === 'download') return hasRole(p, REPORT_READERS);
      return action === 'conclusion' && hasRole(p, ['LEADER']);
    case 'Account':
      return accountAccess(p, action, record);
    case 'AccountRole':
      return accountRoleAccess(p, action, record);
    case 'dashboard':
      return hasRole(p, TASK_READERS);
    case 'Indicator':
    case 'IndicatorGroup':
    case 'IndicatorResult':
    case 'TaskIndicatorTarget':
      return kpiAccess(p, resource, action, record);
    default:
      return false;
  }
}

/** The entries of the main menu, in the order shown. */
export type MenuEntry = 'dashboard' | 'myTasks' | 'myUnit' | 'Task' | 'Directive' | 'Document' | 'Official' | 'Unit' | 'Account'
  | 'EvaluationCycle' | 'myEvaluation' | 'kpiAccountability' | 'IndicatorResult' | 'kpiImport' | 'Indicator'
  | 'officialAccountability' | 'reports' | 'conclusionSplit';

/**
 * The menu by role. Administrators keep the organisation and accounts; leaders and HR follow
 * every task of their scope; heads also get their unit's tasks; officials their own tasks and
 * their unit's. Someone holding several roles gets every entry of each.
 */
export function menuEntries(p: Permissions | null | undefined): MenuEntry[] {
  if (!p) return [];
  const has = (roles: readonly Role[]) => hasRole(p, roles);
  const entries: Array<[MenuEntry, boolean]> = [
    ['dashboard', has(TASK_READERS)],
    ['myTasks', has(['OFFICIAL']) && p.officialId !== null],
    ['myUnit', has(['HEAD', 'OFFICIAL'])],
    ['Task', has(['LEADER', 'HR', 'HEAD'])],
    ['EvaluationCycle', has(['LEADER', 'HR', 'HEAD'])],
    ['myEvaluation', has(['OFFICIAL']) && p.officialId !== null],
    ['Directive', has(TASK_READERS)],
    ['Document', has(TASK_READERS)],
    ['officialAccountability', has(REPORT_READERS)],
    ['reports', has(REPORT_READERS)],
    ['conclusionSplit', has(['LEADER'])],
    ['kpiAccountability', has(RESULT_READERS)],
    ['IndicatorResult', has(RESULT_READERS)],
    ['kpiImport', has(RESULT_WRITERS)],
    ['Indicator', true],
    ['Official', true],
    ['Unit', true],
    ['Account', has(['ADMIN'])],
  ];
  return entries.filter(([, shown]) => shown).map(([entry]) => entry);
}

/** The units whose tasks "Đơn vị của tôi" shows: those a HEAD or an OFFICIAL role is held over. */
export function ownUnitIds(p: Permissions): string[] {
  return scopeUnitIds(p, ['HEAD', 'OFFICIAL']);
}

function validOn(g: Grant, day: string): boolean {
  return (!g.unitValidFrom || g.unitValidFrom <= day) && (!g.unitValidTo || g.unitValidTo >= day);
}

/**
 * The unit the overview opens on: the widest scope first (a leader's, then HR's), else the
 * head's unit, else the official's; among them a unit that exists on `today` (YYYY-MM-DD)
 * before one merged away (Bắc Kạn into Thái Nguyên in 2025).
 */
export function defaultSummaryUnitId(p: Permissions | null | undefined, today: string): string | null {
  if (!p) return null;
  for (const role of ['LEADER', 'HR', 'HEAD', 'OFFICIAL'] as const) {
    const grants = p.grants.filter((g) => g.role === role);
    const grant = grants.find((g) => validOn(g, today)) ?? grants[0];
    if (grant) return grant.unitId;
  }
  return null;
}
