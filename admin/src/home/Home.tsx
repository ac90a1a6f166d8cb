import { Box, Button as MuiButton, Card, CardContent, CardHeader, Link, List, ListItem, Typography } from '@mui/material';
import { Loading, Navigate, Title, useGetList, useGetMany, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { daysBetween, isIsoDate, todayInVietnam } from '../common/format.js';
import { Dashboard } from '../dashboard/Dashboard.js';
import { LeaderDashboard } from '../dashboard/LeaderDashboard.js';
import { canAccess, defaultSummaryUnitId, hasRole, scopeUnitIds, type Permissions } from '../providers/can-access.js';
import { AcceptTaskButton } from '../tasks/AcceptTaskButton.js';
import { DUE_SOON_DAYS } from '../tasks/TimelinessChip.js';
import { TaskBriefTable } from './TaskBriefTable.js';

const OPEN_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE'];
/** A home list shows this many; the full list is one click away. */
const SHORT = 10;
const MINE_LIMIT = 200;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Deadline first, tasks without one last. */
function byDeadline(a: RaRecord, b: RaRecord): number {
  if (!a.deadline) return b.deadline ? 1 : 0;
  if (!b.deadline) return -1;
  return a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0;
}

/** The official's open tasks by urgency: overdue, due within a week, returned to them, the rest. */
export function groupMine(tasks: RaRecord[], today: string) {
  const sorted = [...tasks].sort(byDeadline);
  const overdue = sorted.filter((t) => t.timeliness === 'OPEN_OVERDUE');
  const soon = sorted.filter((t) => t.timeliness === 'OPEN_WITHIN_DEADLINE' && isIsoDate(t.deadline) && daysBetween(today, t.deadline) <= DUE_SOON_DAYS);
  const urgent = new Set([...overdue, ...soon].map((t) => t.id));
  const returned = sorted.filter((t) => !urgent.has(t.id) && t.returnCount > 0 && t.state !== 'REPORTED_DONE');
  const shown = new Set([...urgent, ...returned.map((t) => t.id)]);
  return { overdue, soon, returned, rest: sorted.filter((t) => !shown.has(t.id)) };
}

const SectionTitle = ({ children }: { children: string }) => (
  <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
    {children}
  </Typography>
);

/** An official's day: their open tasks by urgency and their evaluation's step. */
const OfficialHome = ({ officialId }: { officialId: string }) => {
  const translate = useTranslate();
  const today = todayInVietnam();
  const { data = [], isPending } = useGetList('Task', {
    filter: { involvingOfficialId: officialId, states: OPEN_STATES },
    pagination: { page: 1, perPage: MINE_LIMIT },
    sort: { field: 'deadline', order: 'ASC' },
  });
  if (isPending) return <Loading />;
  const { overdue, soon, returned, rest } = groupMine(data, today);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <SectionTitle>{translate('app.home.mine')}</SectionTitle>
      <TaskBriefTable title={translate('app.home.myOverdue')} tasks={overdue} empty={translate('app.home.noneOverdue')} />
      <TaskBriefTable title={translate('app.home.mySoon', { days: DUE_SOON_DAYS })} tasks={soon} empty={translate('app.home.noneSoon')} />
      <TaskBriefTable title={translate('app.home.myReturned')} tasks={returned} empty={translate('app.home.noneReturned')} />
      <TaskBriefTable
        title={translate('app.home.myOther')}
        tasks={rest.slice(0, SHORT)}
        total={rest.length}
        empty={translate('app.home.noneOther')}
        more={<MoreLink to="/my-tasks" label={translate('app.home.allMine')} />}
      />
      <MyEvaluationStep officialId={officialId} />
    </Box>
  );
};

const MoreLink = ({ to, label }: { to: string; label: string }) => (
  <MuiButton component={RouterLink} to={to} size="small" sx={{ mt: 1 }}>
    {label}
  </MuiButton>
);

/** The person's latest evaluation and where it stands. */
const MyEvaluationStep = ({ officialId }: { officialId: string }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('Evaluation', { filter: { officialId }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'DESC' } });
  const latest = data[0];
  const { data: cycles = [] } = useGetMany('EvaluationCycle', { ids: latest ? [latest.cycleId] : [] }, { enabled: !!latest });
  if (isPending) return null;
  const year = cycles[0]?.year;
  return (
    <Card component="section" aria-label={translate('app.home.myEvaluation')}>
      <CardHeader title={translate('app.home.myEvaluation')} slotProps={{ title: { component: 'h2', variant: 'h6' } }} sx={{ pb: 0 }} />
      <CardContent>
        {latest ? (
          <Typography>
            {translate('app.home.evaluationStep', {
              year: year ?? '…',
              state: translate(`enums.EvaluationState.${latest.state}`, { _: latest.state }),
            })}
            {latest.state === 'OPEN' && ` ${translate('app.home.evaluationSelfAssess')}`}{' '}
            <Link component={RouterLink} to="/my-evaluation">
              {translate('app.home.openEvaluation')}
            </Link>
          </Typography>
        ) : (
          <Typography color="text.secondary">{translate('app.home.noEvaluation')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** A head's day, per unit headed: reports to accept, tasks due within a week, proposals to make or decide. */
const HeadUnit = ({ unitId, unitName, officialId }: { unitId: string; unitName: string; officialId: string | null }) => {
  const translate = useTranslate();
  const today = todayInVietnam();
  const reported = useGetList('Task', {
    filter: { unitId, includeSubunits: true, state: 'REPORTED_DONE' },
    pagination: { page: 1, perPage: SHORT },
    sort: { field: 'deadline', order: 'ASC' },
  });
  const soon = useGetList('Task', {
    filter: { unitId, includeSubunits: true, timeliness: 'OPEN_WITHIN_DEADLINE', deadlineFrom: today, deadlineTo: addDays(today, DUE_SOON_DAYS) },
    pagination: { page: 1, perPage: SHORT },
    sort: { field: 'deadline', order: 'ASC' },
  });
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <SectionTitle>{translate('app.home.headTitle', { unit: unitName })}</SectionTitle>
      <TaskBriefTable
        title={translate('app.home.toAccept')}
        tasks={reported.data ?? []}
        total={reported.total}
        empty={translate('app.home.noneToAccept')}
        action={<AcceptTaskButton />}
      />
      <TaskBriefTable
        title={translate('app.home.unitSoon', { days: DUE_SOON_DAYS })}
        tasks={soon.data ?? []}
        total={soon.total}
        empty={translate('app.home.noneSoon')}
      />
      <EvaluationsWaiting unitId={unitId} states={['SELF_ASSESSED', 'REVIEWED']} exceptOfficialId={officialId} title={translate('app.home.proposalsWaiting')} />
    </Box>
  );
};

/** Evaluations of a unit in the given states (the open cycles' work), each opening its page. */
const EvaluationsWaiting = ({ unitId, states, exceptOfficialId, title }: { unitId?: string; states: string[]; exceptOfficialId?: string | null; title: string }) => {
  const translate = useTranslate();
  const lists = states.map((state) =>
    // a fixed number of hooks: `states` is a constant of the caller
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useGetList('Evaluation', { filter: { ...(unitId ? { unitId } : {}), state }, pagination: { page: 1, perPage: SHORT }, sort: { field: 'id', order: 'ASC' } }),
  );
  const rows = lists.flatMap((l) => l.data ?? []).filter((e) => String(e.officialId) !== exceptOfficialId);
  const total = lists.reduce((sum, l) => sum + (l.total ?? 0), 0) - (lists.flatMap((l) => l.data ?? []).length - rows.length);
  const { data: officials = [] } = useGetMany('Official', { ids: [...new Set(rows.map((r) => r.officialId))] }, { enabled: rows.length > 0 });
  const names = new Map(officials.map((o) => [String(o.id), o.fullName as string]));
  return (
    <Card component="section" aria-label={title}>
      <CardHeader title={`${title} (${total})`} slotProps={{ title: { component: 'h2', variant: 'h6' } }} sx={{ pb: 0 }} />
      <CardContent sx={{ pt: 1 }}>
        {rows.length === 0 ? (
          <Typography color="text.secondary">{translate('app.home.noneWaiting')}</Typography>
        ) : (
          <List dense disablePadding>
            {rows.map((e) => (
              <ListItem key={e.id} disableGutters>
                <Link component={RouterLink} to={`/Evaluation/${e.id}/show`}>
                  {names.get(String(e.officialId)) ?? `#${e.officialId}`} — {e.position}
                </Link>
                <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
                  {translate(`enums.EvaluationState.${e.state}`, { _: e.state })}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};

const CYCLE_STATES = ['OPEN', 'SELF_ASSESSED', 'PROPOSED', 'REVIEWED', 'DECIDED', 'PUBLISHED', 'NOT_RATED'];

/** HR's day: how far the latest cycle has come (evaluations by step) and what waits for review. */
const HrHome = () => {
  const translate = useTranslate();
  const { data: cycles = [], isPending } = useGetList('EvaluationCycle', { pagination: { page: 1, perPage: 5 }, sort: { field: 'year', order: 'DESC' } });
  if (isPending) return <Loading />;
  const open = cycles.filter((c) => c.state !== 'CLOSED');
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <SectionTitle>{translate('app.home.hrTitle')}</SectionTitle>
      {open.length === 0 && <Typography>{translate('app.home.noOpenCycle')}</Typography>}
      {open.map((cycle) => (
        <CycleProgress key={cycle.id} cycle={cycle} />
      ))}
      <EvaluationsWaiting states={['PROPOSED']} title={translate('app.home.toReview')} />
    </Box>
  );
};

const CycleProgress = ({ cycle }: { cycle: RaRecord }) => {
  const translate = useTranslate();
  const counts = CYCLE_STATES.map((state) =>
    // eslint-disable-next-line react-hooks/rules-of-hooks
    ({ state, total: useGetList('Evaluation', { filter: { cycleId: cycle.id, state }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } }).total }),
  );
  const all = counts.reduce((s, c) => s + (c.total ?? 0), 0);
  const done = counts.filter((c) => c.state === 'DECIDED' || c.state === 'PUBLISHED' || c.state === 'NOT_RATED').reduce((s, c) => s + (c.total ?? 0), 0);
  const title = translate('app.home.cycleProgress', { year: cycle.year, done, all });
  return (
    <Card component="section" aria-label={title}>
      <CardHeader title={title} slotProps={{ title: { component: 'h2', variant: 'h6' } }} sx={{ pb: 0 }} />
      <CardContent sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1.5 }}>
        {counts.map((c) => (
          <Box key={c.state} role="group" aria-label={translate(`enums.EvaluationState.${c.state}`)} sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
            <Typography variant="body2" color="text.secondary">
              {translate(`enums.EvaluationState.${c.state}`)}
            </Typography>
            <Typography variant="h5" component="p">
              {c.total ?? '…'}
            </Typography>
          </Box>
        ))}
        <Box sx={{ gridColumn: '1 / -1' }}>
          <MoreLink to={`/EvaluationCycle/${cycle.id}/show`} label={translate('app.home.openCycle')} />
        </Box>
      </CardContent>
    </Card>
  );
};

/**
 * The home page says what to do today, by role: an official their tasks by urgency and their
 * evaluation's step; a head their unit's reports to accept, tasks due soon and proposals, above
 * the unit's figures; HR the cycle's progress and the proposals to review; a leader the figures.
 * Someone with several roles sees each part.
 */
export const Home = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending || !permissions) return <Loading />;
  if (!canAccess(permissions, { resource: 'dashboard', action: 'list' })) return <Navigate to="/Unit" replace />;
  const names = new Map(permissions.grants.map((g) => [g.unitId, g.unitName ?? `#${g.unitId}`]));
  const headUnits = scopeUnitIds(permissions, ['HEAD']);
  const official = hasRole(permissions, ['OFFICIAL']) && permissions.officialId !== null;
  const hr = hasRole(permissions, ['HR']);
  const figures = hasRole(permissions, ['LEADER', 'HEAD']);
  const leaderUnit = hasRole(permissions, ['LEADER']) ? defaultSummaryUnitId({ ...permissions, grants: permissions.grants.filter((g) => g.role === 'LEADER') }, todayInVietnam()) : null;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 3 }}>
      {/* the figures carry their own title */}
      {!figures && <Title title={translate('app.dashboard.title')} />}
      {leaderUnit && <LeaderDashboard unitId={leaderUnit} unitName={names.get(leaderUnit) ?? ''} />}
      {headUnits.map((unitId) => (
        <HeadUnit key={unitId} unitId={unitId} unitName={names.get(unitId)!} officialId={permissions.officialId} />
      ))}
      {official && <OfficialHome officialId={permissions.officialId!} />}
      {hr && <HrHome />}
      {figures && <Dashboard />}
    </Box>
  );
};
