import { describe, expect, it } from 'vitest';
import {
  canAccess, defaultSummaryUnitId, menuEntries, scopeUnitFilter, TASK_READERS, type Grant, type Permissions, type Role,
} from '../../admin/src/providers/can-access.js';

// The panel's access rules against the server's (`@Access` on every resolver, scope checks in the
// services), on the demo's tree:
//   1 Tỉnh Bắc Kạn ─ 2 huyện Na Rì ─ 8 Thị trấn Yến Lạc, 11 Xã Văn Lang (BK), …
//   13 Tỉnh Thái Nguyên ─ 14 Sở Nội vụ, 15 Xã Na Rì, 16 Xã Văn Lang

const TREE: Record<string, string[]> = { '1': ['2'], '2': ['8', '11'], '13': ['14', '15', '16'] };
const subtree = (id: string): string[] => [id, ...(TREE[id] ?? []).flatMap(subtree)];
const grant = (role: Role, unitId: string): Grant => ({ role, unitId, unitIds: subtree(unitId) });
const account = (accountId: string, officialId: string | null, ...grants: Grant[]): Permissions => ({ accountId, officialId, grants });

// The demo accounts.
const PEOPLE = {
  ADMIN: account('1', null, grant('ADMIN', '1'), grant('ADMIN', '13')), // quantri
  LEADER: account('2', '1', grant('LEADER', '1'), grant('LEADER', '13')), // chutich
  HR: account('3', '2', grant('HR', '1'), grant('HR', '13')), // noivu
  HEAD: account('4', '16', grant('HEAD', '15')), // truongxa, xã Na Rì
  OFFICIAL: account('6', '20', grant('OFFICIAL', '15')), // canbo, xã Na Rì
} satisfies Record<Role, Permissions>;
const ROLES = Object.keys(PEOPLE) as Role[];

const A = 'ADMIN', L = 'LEADER', H = 'HR', D = 'HEAD', O = 'OFFICIAL';
const EVERYONE = [A, L, H, D, O];
const READERS = [L, H, D, O];
const MANAGERS = [L, D];

/** resource.action → the roles allowed (no record: the resource-level rule). */
const TABLE: Array<[string, string, string[]]> = [
  ['Unit', 'list', EVERYONE],
  ['Unit', 'show', EVERYONE],
  ['Unit', 'create', [A]],
  ['Unit', 'edit', [A]],
  ['Unit', 'delete', [A]],
  ['Official', 'list', EVERYONE],
  ['Official', 'show', EVERYONE],
  ['Official', 'create', [A]],
  ['Official', 'edit', [A]],
  ['Official', 'delete', [A]],
  ['OfficialAssignment', 'create', [A]],
  ['OfficialAssignment', 'edit', [A]],
  ['Document', 'list', EVERYONE],
  ['Document', 'create', [A, L]],
  ['Document', 'edit', [A, L]],
  ['Document', 'delete', [A, L]],
  ['Directive', 'show', EVERYONE],
  ['Directive', 'create', [A, L]],
  ['Directive', 'edit', [A, L]],
  ['Task', 'list', READERS],
  ['Task', 'show', READERS],
  ['Task', 'export', READERS],
  ['Task', 'create', MANAGERS],
  ['Task', 'edit', MANAGERS],
  ['Task', 'delete', MANAGERS],
  ['Task', 'accept', MANAGERS],
  ['Task', 'import', MANAGERS],
  ['Task', 'return', MANAGERS],
  ['Task', 'report', READERS],
  ['Task', 'attach', READERS],
  ['Task', 'approve', []],
  ['TaskUpdate', 'list', READERS],
  ['TaskUpdate', 'create', READERS],
  ['TaskUpdate', 'edit', []],
  ['TaskEvent', 'list', READERS],
  ['TaskEvent', 'create', []],
  ['TaskEvent', 'delete', []],
  ['Account', 'list', [A]],
  ['Account', 'show', [A]],
  ['Account', 'create', [A]],
  ['Account', 'edit', [A]],
  ['Account', 'resetPassword', [A]],
  ['Account', 'unlock', [A]],
  ['Account', 'delete', []], // disabled, never deleted
  ['AccountRole', 'list', [A]],
  ['AccountRole', 'create', [A]],
  ['AccountRole', 'delete', [A]],
  ['AccountRole', 'edit', []], // withdrawn and granted again
  ['EvaluationCycle', 'list', READERS],
  ['EvaluationCycle', 'show', READERS],
  ['EvaluationCycle', 'create', [H]],
  ['EvaluationCycle', 'publish', [H]],
  ['EvaluationCycle', 'refresh', [H]],
  ['EvaluationCycle', 'export', [L, H, D]],
  ['EvaluationCycle', 'setQuota', [H]],
  ['EvaluationCycle', 'quota', [L, H, D]],
  ['EvaluationCycle', 'edit', []],
  ['EvaluationCycle', 'delete', []],
  ['Evaluation', 'list', READERS],
  ['Evaluation', 'show', READERS],
  ['Evaluation', 'print', READERS],
  ['Evaluation', 'selfAssess', READERS], // every demo reader is an official; the server then wants their own
  ['Evaluation', 'edit', [H]],
  ['Evaluation', 'review', [H]],
  ['Evaluation', 'propose', MANAGERS],
  ['Evaluation', 'decide', MANAGERS],
  ['Evaluation', 'reopen', MANAGERS],
  ['Evaluation', 'create', []], // made with the cycle
  ['Evaluation', 'delete', []],
  ['EvaluationStep', 'list', READERS],
  ['EvaluationStep', 'create', []],
  ['UnitRating', 'list', [L, H, D]],
  ['UnitRating', 'confirm', [L]],
  ['UnitRating', 'edit', []],
  ['dashboard', 'list', READERS],
  // The index (Decision 766): catalogue for everyone signed in, kept by administrators.
  ['Indicator', 'list', EVERYONE],
  ['Indicator', 'create', [A]],
  ['Indicator', 'edit', [A]],
  ['Indicator', 'delete', []],
  ['IndicatorGroup', 'list', EVERYONE],
  ['IndicatorGroup', 'edit', [A]],
  ['IndicatorGroup', 'create', []],
  // Results: read by every role, entered, deleted and imported by leaders, HR and administrators.
  ['IndicatorResult', 'list', EVERYONE],
  ['IndicatorResult', 'show', EVERYONE],
  ['IndicatorResult', 'accountability', EVERYONE],
  ['IndicatorResult', 'create', [A, L, H]],
  ['IndicatorResult', 'delete', [A, L, H]],
  ['IndicatorResult', 'import', [A, L, H]],
  ['IndicatorResult', 'edit', []], // deleted and entered again
  ['TaskIndicatorTarget', 'list', READERS],
  ['TaskIndicatorTarget', 'create', MANAGERS],
  ['TaskIndicatorTarget', 'delete', MANAGERS],
  ['TaskIndicatorTarget', 'edit', []],
  ['Unknown', 'list', []],
];

describe('canAccess by role, resource and action', () => {
  it.each(TABLE.flatMap(([resource, action, allowed]) => ROLES.map((role) => [role, resource, action, allowed.includes(role)] as const)))(
    '%s %s.%s → %s',
    (role, resource, action, expected) => {
      expect(canAccess(PEOPLE[role], { resource, action })).toBe(expected);
    },
  );

  it('refuses everything to nobody', () => {
    for (const [resource, action] of TABLE) {
      expect(canAccess(null, { resource, action })).toBe(false);
      expect(canAccess(undefined, { resource, action })).toBe(false);
    }
  });

  it('lets an account without roles read the organisation only', () => {
    const bare = account('9', null);
    expect(canAccess(bare, { resource: 'Unit', action: 'list' })).toBe(true);
    expect(canAccess(bare, { resource: 'Document', action: 'show' })).toBe(true);
    expect(canAccess(bare, { resource: 'Task', action: 'list' })).toBe(false);
    expect(canAccess(bare, { resource: 'dashboard', action: 'list' })).toBe(false);
  });
});

describe('canAccess on a task, by its lead unit', () => {
  const naRi = { id: '21', leadUnitId: '15', responsibleOfficialId: '29', assigneeIds: ['20', '29'] };
  const vanLang = { id: '22', leadUnitId: '16', responsibleOfficialId: '38', assigneeIds: ['38'] };
  const province = { id: '24', leadUnitId: 14, responsibleOfficialId: 7, assigneeIds: [8], coordinatingUnitIds: ['15', '16'] };

  it.each([
    ['edit'], ['delete'], ['accept'], ['return'],
  ])('lets a head %s the tasks their commune leads, not another commune’s or the province’s', (action) => {
    expect(canAccess(PEOPLE.HEAD, { resource: 'Task', action, record: naRi })).toBe(true);
    expect(canAccess(PEOPLE.HEAD, { resource: 'Task', action, record: vanLang })).toBe(false);
    // Coordinating is not leading: a head sees the task but does not manage it.
    expect(canAccess(PEOPLE.HEAD, { resource: 'Task', action, record: province })).toBe(false);
    expect(canAccess(PEOPLE.LEADER, { resource: 'Task', action, record: vanLang })).toBe(true);
    expect(canAccess(PEOPLE.HR, { resource: 'Task', action, record: naRi })).toBe(false);
    expect(canAccess(PEOPLE.OFFICIAL, { resource: 'Task', action, record: naRi })).toBe(false);
  });

  it('lets officials report on the tasks they answer for or carry out, managers on any of their scope', () => {
    const report = (who: Permissions, record: Record<string, unknown>) => canAccess(who, { resource: 'Task', action: 'report', record });
    expect(report(PEOPLE.OFFICIAL, naRi)).toBe(true); // assignee
    expect(report(PEOPLE.OFFICIAL, { ...naRi, assigneeIds: [], responsibleOfficialId: '20' })).toBe(true); // responsible
    expect(report(PEOPLE.OFFICIAL, { ...naRi, assigneeIds: ['29'] })).toBe(false);
    expect(report(PEOPLE.HEAD, { ...naRi, assigneeIds: [] })).toBe(true); // manages the lead unit
    expect(report(PEOPLE.HEAD, vanLang)).toBe(false);
    expect(report(PEOPLE.HEAD, { ...vanLang, assigneeIds: ['16'] })).toBe(true); // their own, wherever it is led
    expect(report(PEOPLE.HR, naRi)).toBe(false);
    expect(report(PEOPLE.HR, { ...naRi, responsibleOfficialId: '2' })).toBe(true);
    expect(report(PEOPLE.ADMIN, naRi)).toBe(false);
    // Ids as numbers or strings alike.
    expect(report(PEOPLE.OFFICIAL, { leadUnitId: 15, responsibleOfficialId: 20, assigneeIds: [] })).toBe(true);
  });

  it('takes the task steps from the record\'s allowedActions when the server sent them, not from the roles', () => {
    const done = { ...naRi, state: 'DONE', allowedActions: ['EDIT', 'DELETE'] };
    const ask = (who: Permissions, action: string, record: Record<string, unknown>) => canAccess(who, { resource: 'Task', action, record });
    expect(['edit', 'delete', 'accept', 'return', 'report'].filter((a) => ask(PEOPLE.HEAD, a, done))).toEqual(['edit', 'delete']);
    const reported = { ...naRi, state: 'REPORTED_DONE', allowedActions: ['EDIT', 'CHANGE_DEADLINE', 'ACCEPT', 'RETURN', 'DELETE'] };
    expect(['edit', 'delete', 'accept', 'return', 'report'].filter((a) => ask(PEOPLE.HEAD, a, reported))).toEqual(['edit', 'delete', 'accept', 'return']);
    // either kind of report is a report; an empty answer is a refusal even where the roles would allow it
    expect(ask(PEOPLE.OFFICIAL, 'report', { ...naRi, allowedActions: ['REPORT_DONE'] })).toBe(true);
    expect(ask(PEOPLE.OFFICIAL, 'report', { ...naRi, allowedActions: [] })).toBe(false);
    expect(ask(PEOPLE.HEAD, 'edit', { ...vanLang, allowedActions: ['EDIT'] })).toBe(true);
  });

  it('leaves a task without its lead unit to the server', () => {
    expect(canAccess(PEOPLE.HEAD, { resource: 'Task', action: 'edit', record: { id: '5' } })).toBe(true);
    expect(canAccess(PEOPLE.HR, { resource: 'Task', action: 'edit', record: { id: '5' } })).toBe(false);
  });
});

describe('canAccess on the organisation and accounts, by unit', () => {
  const adminOfThaiNguyen = account('7', null, grant('ADMIN', '13'));

  it('keeps an administrator to their own subtree', () => {
    expect(canAccess(adminOfThaiNguyen, { resource: 'Unit', action: 'edit', record: { id: '15' } })).toBe(true);
    expect(canAccess(adminOfThaiNguyen, { resource: 'Unit', action: 'edit', record: { id: '2' } })).toBe(false);
    expect(canAccess(adminOfThaiNguyen, { resource: 'Unit', action: 'create', record: { parentId: '13' } })).toBe(true);
    expect(canAccess(adminOfThaiNguyen, { resource: 'Unit', action: 'create', record: { parentId: '1' } })).toBe(false);
    expect(canAccess(adminOfThaiNguyen, { resource: 'OfficialAssignment', action: 'delete', record: { unitId: '8' } })).toBe(false);
    expect(canAccess(adminOfThaiNguyen, { resource: 'AccountRole', action: 'delete', record: { accountId: '4', role: 'HEAD', unitId: '15' } })).toBe(true);
    expect(canAccess(adminOfThaiNguyen, { resource: 'AccountRole', action: 'delete', record: { accountId: '4', role: 'HEAD', unitId: '11' } })).toBe(false);
    expect(canAccess(adminOfThaiNguyen, { resource: 'Account', action: 'edit', record: { id: '4', roles: [{ unitId: '15' }] } })).toBe(true);
    expect(canAccess(adminOfThaiNguyen, { resource: 'Account', action: 'unlock', record: { id: '2', roles: [{ unitId: '1' }, { unitId: '13' }] } })).toBe(false);
    expect(canAccess(adminOfThaiNguyen, { resource: 'Account', action: 'resetPassword', record: { id: '2', roles: [{ unitId: '1' }, { unitId: '13' }] } })).toBe(false);
  });

  it('does not let an administrator withdraw their own administrator role', () => {
    expect(canAccess(PEOPLE.ADMIN, { resource: 'AccountRole', action: 'delete', record: { accountId: '1', role: 'ADMIN', unitId: '13' } })).toBe(false);
    expect(canAccess(PEOPLE.ADMIN, { resource: 'AccountRole', action: 'delete', record: { accountId: '1', role: 'LEADER', unitId: '13' } })).toBe(true);
  });

  it('lets leaders change the documents of the units they lead only', () => {
    const leaderOfBacKan = account('8', '1', grant('LEADER', '1'));
    expect(canAccess(leaderOfBacKan, { resource: 'Document', action: 'edit', record: { issuingUnitId: '2' } })).toBe(true);
    expect(canAccess(leaderOfBacKan, { resource: 'Document', action: 'edit', record: { issuingUnitId: '13' } })).toBe(false);
  });
});

describe('the menu by role', () => {
  const KPI_READ = ['kpiAccountability', 'IndicatorResult'] as const;
  /** The page behind each entry that is not a resource list. */
  const PAGE: Record<string, { resource: string; action: string }> = {
    myTasks: { resource: 'Task', action: 'list' },
    myUnit: { resource: 'Task', action: 'list' },
    kpiAccountability: { resource: 'IndicatorResult', action: 'accountability' },
    kpiImport: { resource: 'IndicatorResult', action: 'import' },
    officialAccountability: { resource: 'reports', action: 'officials' },
    reports: { resource: 'reports', action: 'download' },
    conclusionSplit: { resource: 'reports', action: 'conclusion' },
  };

  it.each([
    ['ADMIN', [...KPI_READ, 'kpiImport', 'Indicator', 'Official', 'Unit', 'Account']],
    ['LEADER', ['dashboard', 'Task', 'EvaluationCycle', 'Directive', 'Document', 'officialAccountability', 'reports', 'conclusionSplit', ...KPI_READ, 'kpiImport', 'Indicator', 'Official', 'Unit']],
    ['HR', ['dashboard', 'Task', 'EvaluationCycle', 'Directive', 'Document', 'officialAccountability', 'reports', ...KPI_READ, 'kpiImport', 'Indicator', 'Official', 'Unit']],
    ['HEAD', ['dashboard', 'myUnit', 'Task', 'EvaluationCycle', 'Directive', 'Document', 'officialAccountability', 'reports', ...KPI_READ, 'Indicator', 'Official', 'Unit']],
    ['OFFICIAL', ['dashboard', 'myTasks', 'myUnit', 'myEvaluation', 'Directive', 'Document', ...KPI_READ, 'Indicator', 'Official', 'Unit']],
  ] as const)('%s sees %j', (role, entries) => {
    expect(menuEntries(PEOPLE[role])).toEqual(entries);
  });

  it('matches what canAccess allows for every resource entry', () => {
    for (const role of ROLES) {
      for (const entry of menuEntries(PEOPLE[role])) {
        const own = entry === 'myTasks' || entry === 'myUnit' ? 'Task' : entry === 'myEvaluation' ? 'Evaluation' : entry;
        expect(canAccess(PEOPLE[role], PAGE[entry] ?? { resource: own, action: 'list' }), `${role} ${entry}`).toBe(true);
      }
    }
  });

  it('gives someone with several roles the entries of each', () => {
    const both = account('9', '5', grant('ADMIN', '13'), grant('HEAD', '15'));
    expect(menuEntries(both)).toEqual([
      'dashboard', 'myUnit', 'Task', 'EvaluationCycle', 'Directive', 'Document', 'officialAccountability', 'reports', ...KPI_READ, 'kpiImport', 'Indicator', 'Official', 'Unit', 'Account',
    ]);
  });

  it('gives the accountability by official and the reports to leaders, HR and heads, and the conclusion entry to leaders only', () => {
    expect(ROLES.filter((r) => canAccess(PEOPLE[r], { resource: 'reports', action: 'officials' }))).toEqual(['LEADER', 'HR', 'HEAD']);
    expect(ROLES.filter((r) => canAccess(PEOPLE[r], { resource: 'reports', action: 'download' }))).toEqual(['LEADER', 'HR', 'HEAD']);
    expect(ROLES.filter((r) => canAccess(PEOPLE[r], { resource: 'reports', action: 'conclusion' }))).toEqual(['LEADER']);
  });

  it('has no "my tasks" for an official account not linked to an official', () => {
    expect(menuEntries(account('9', null, grant('OFFICIAL', '15')))).not.toContain('myTasks');
  });
});

describe('canAccess on an evaluation, as the server judges competence', () => {
  // Nông Thị V (official 20) and Vi Văn Q (16, head) of xã Na Rì (15); xã Văn Lang is 16.
  const hers = { id: '1', officialId: '20', unitId: '15', isLeader: false };
  const headsOwn = { id: '2', officialId: '16', unitId: '15', isLeader: true };
  const vanLang = { id: '3', officialId: '38', unitId: '16', isLeader: false };
  const provinceHead = { id: '4', officialId: '7', unitId: '13', isLeader: true };
  const may = (who: Permissions, action: string, record: Record<string, unknown>) => canAccess(who, { resource: 'Evaluation', action, record });

  it.each([['propose'], ['decide'], ['reopen']])('lets the head %s for an official of their commune, not another commune’s', (action) => {
    expect(may(PEOPLE.HEAD, action, hers)).toBe(true);
    expect(may(PEOPLE.HEAD, action, vanLang)).toBe(false);
    expect(may(PEOPLE.LEADER, action, hers)).toBe(true);
    expect(may(PEOPLE.HR, action, hers)).toBe(false);
    expect(may(PEOPLE.OFFICIAL, action, hers)).toBe(false);
  });

  it('leaves a head or deputy to a leader of the level above, and nobody decides their own', () => {
    expect(may(PEOPLE.HEAD, 'decide', headsOwn)).toBe(false); // their own, and a leader's case
    expect(may(PEOPLE.LEADER, 'decide', headsOwn)).toBe(true);
    expect(may(account('9', '5', grant('HEAD', '15')), 'decide', headsOwn)).toBe(false); // a head is not the level above
    // A deputy of the province: the province has no level above, its leaders decide (the server judges the rest).
    expect(may(PEOPLE.LEADER, 'decide', provinceHead)).toBe(true);
    expect(may(account('9', '5', grant('LEADER', '1')), 'decide', provinceHead)).toBe(false); // Bắc Kạn's leader
    expect(may(PEOPLE.LEADER, 'decide', { ...hers, officialId: '1' })).toBe(false); // the chairman's own
  });

  it('lets only the official write their self-assessment, and HR review within its scope', () => {
    expect(may(PEOPLE.OFFICIAL, 'selfAssess', hers)).toBe(true);
    expect(may(PEOPLE.HEAD, 'selfAssess', hers)).toBe(false);
    expect(may(PEOPLE.HEAD, 'selfAssess', headsOwn)).toBe(true);
    expect(may(account('9', null, grant('OFFICIAL', '15')), 'selfAssess', hers)).toBe(false);
    expect(may(PEOPLE.HR, 'review', hers)).toBe(true);
    expect(may(account('9', '5', grant('HR', '1')), 'review', hers)).toBe(false); // Bắc Kạn's HR
    const hrOwn = { ...hers, officialId: PEOPLE.HR.officialId };
    expect(may(PEOPLE.HR, 'review', hrOwn)).toBe(false); // nor their own: a colleague does
    expect(may(PEOPLE.HR, 'edit', hrOwn)).toBe(false);
    expect(may(PEOPLE.HR, 'edit', hers)).toBe(true);
    expect(canAccess(account('9', '5', grant('HR', '1')), { resource: 'EvaluationCycle', action: 'publish', record: { unitId: '13' } })).toBe(false);
    expect(canAccess(PEOPLE.HR, { resource: 'EvaluationCycle', action: 'publish', record: { unitId: '13' } })).toBe(true);
  });
});

describe('canAccess on a unit rating and a unit’s quota, as the server judges them', () => {
  const rating = (unitId: string, parentId: string | null) => ({ unitId, parentId });
  const may = (who: Permissions, record: Record<string, unknown>) => canAccess(who, { resource: 'UnitRating', action: 'confirm', record });

  it('lets a leader of the level above confirm a unit’s rating, nobody below it', () => {
    expect(may(PEOPLE.LEADER, rating('15', '13'))).toBe(true); // xã Na Rì, under the province
    expect(may(PEOPLE.LEADER, rating('13', null))).toBe(true); // the top: its own leaders
    expect(may(account('9', '5', grant('LEADER', '15')), rating('15', '13'))).toBe(false); // the commune's own leader is not the level above
    expect(may(account('9', '5', grant('LEADER', '15')), rating('16', '13'))).toBe(false);
    expect(may(account('9', '5', grant('LEADER', '1')), rating('15', '13'))).toBe(false); // Bắc Kạn's leader
    expect(may(PEOPLE.HEAD, rating('15', '13'))).toBe(false);
    expect(may(PEOPLE.HR, rating('15', '13'))).toBe(false);
  });

  it('lets HR set the quota of a unit of its scope only', () => {
    const setQuota = (who: Permissions, unitId: string) => canAccess(who, { resource: 'EvaluationCycle', action: 'setQuota', record: { unitId } });
    expect(setQuota(PEOPLE.HR, '16')).toBe(true);
    expect(setQuota(account('9', '5', grant('HR', '1')), '16')).toBe(false);
    expect(setQuota(PEOPLE.LEADER, '16')).toBe(false);
    expect(setQuota(PEOPLE.HEAD, '15')).toBe(false);
  });

  it('lets HR record the facts of an evaluation of its scope only', () => {
    const edit = (who: Permissions) => canAccess(who, { resource: 'Evaluation', action: 'edit', record: { officialId: '20', unitId: '15', isLeader: false } });
    expect(edit(PEOPLE.HR)).toBe(true);
    expect(edit(account('9', '5', grant('HR', '1')))).toBe(false);
    expect(edit(PEOPLE.HEAD)).toBe(false);
  });
});

describe('the overview’s default unit and unit choices', () => {
  it('opens on the person’s own scope', () => {
    const today = '2026-11-26';
    expect(defaultSummaryUnitId(PEOPLE.HEAD, today)).toBe('15');
    expect(defaultSummaryUnitId(PEOPLE.OFFICIAL, today)).toBe('15');
    expect(defaultSummaryUnitId(PEOPLE.LEADER, today)).toBe('1');
    expect(defaultSummaryUnitId(PEOPLE.ADMIN, today)).toBeNull();
    expect(defaultSummaryUnitId(account('9', '5', grant('HEAD', '15'), grant('LEADER', '13')), today)).toBe('13');
  });

  it('prefers a unit that exists today to one merged away', () => {
    const leader = account('2', '1', { ...grant('LEADER', '1'), unitValidTo: '2025-06-30' }, { ...grant('LEADER', '13'), unitValidFrom: '1997-01-01' });
    expect(defaultSummaryUnitId(leader, '2026-11-26')).toBe('13');
    expect(defaultSummaryUnitId(leader, '2024-05-01')).toBe('1');
    // Nothing valid: the first grant still.
    expect(defaultSummaryUnitId(account('2', '1', { ...grant('LEADER', '1'), unitValidTo: '2025-06-30' }), '2026-11-26')).toBe('1');
  });

  it('offers only units the task roles reach', () => {
    expect(scopeUnitFilter(PEOPLE.HEAD, TASK_READERS)).toEqual({ withinUnitId: '15' });
    expect(scopeUnitFilter(PEOPLE.LEADER, TASK_READERS)).toEqual({ ids: ['1', '2', '8', '11', '13', '14', '15', '16'] });
  });
});

describe('canAccess on an evaluation read from the server', () => {
  it('takes the workflow steps from the record\'s allowedActions, not from a copy of the rules', async () => {
    const { canAccess } = await import('../../admin/src/providers/can-access.js');
    const hr = { accountId: '1', officialId: '9', grants: [{ role: 'HR' as const, unitId: '1', unitIds: ['1', '2'] }] };
    const record = { id: '5', unitId: '2', officialId: '7', state: 'PROPOSED', allowedActions: ['UPDATE_FACTS'] };
    expect(canAccess(hr, { resource: 'Evaluation', action: 'review', record })).toBe(false);
    expect(canAccess(hr, { resource: 'Evaluation', action: 'edit', record })).toBe(true);
    expect(canAccess(hr, { resource: 'Evaluation', action: 'review', record: { ...record, allowedActions: ['UPDATE_FACTS', 'REVIEW'] } })).toBe(true);
  });
});
