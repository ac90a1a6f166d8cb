import CalculateIcon from '@mui/icons-material/Calculate';
import PublishIcon from '@mui/icons-material/Publish';
import {
  Box, Checkbox, Chip, FormControl, InputLabel, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import {
  Button, Link, Loading, ReferenceField, Show, TextInput, TopToolbar, required, useCanAccess, useDataProvider, useGetList, useGetMany, usePermissions,
  useRecordContext, useTranslate, type RaRecord,
} from 'react-admin';
import { chipStyle } from '../common/chip-tones.js';
import { ActionDialog } from '../common/ActionDialog.js';
import { EnumField, LocalDateField } from '../common/fields.js';
import { NotAvailable, showInPlaceOnError } from '../common/NotAvailable.js';
import { canAccess as allowed, type Permissions } from '../providers/can-access.js';
import type { AppDataProvider } from '../providers/index.js';
import { ExportRatingsButton, PrintFormButton } from './ExportButtons.js';
import { levelChoices } from './levels.js';
import { QuotaForecast } from './QuotaForecast.js';
import { QuotaMeters } from './QuotaMeters.js';
import { UnitRatings } from './UnitRatings.js';
import { aboveBound, needsLegalBasis, WorkflowButtons } from './WorkflowButtons.js';

const ALL = '';

/** "Công bố": HR publishes the cycle once every rated evaluation is decided. */
const PublishButton = () => {
  const cycle = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'EvaluationCycle', action: 'publish', record: cycle });
  if (!cycle || cycle.state === 'CLOSED' || !canAccess) return null;
  return (
    <>
      <Button label="app.evaluation.actions.PUBLISH" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <ActionDialog
        open={open} onClose={() => setOpen(false)} title="app.evaluation.publish.title" intro={translate('app.evaluation.publish.intro')}
        submitLabel="app.evaluation.actions.PUBLISH" doneMessage="app.evaluation.publish.done" run={() => dataProvider.publishEvaluationCycle({ id: cycle.id })}
      >
        {null}
      </ActionDialog>
    </>
  );
};

/** "Tính lại đề xuất": HR brings the proposals not yet decided up to date with the tracked work. */
const RefreshButton = () => {
  const cycle = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'EvaluationCycle', action: 'refresh', record: cycle });
  if (!cycle || cycle.state === 'CLOSED' || !canAccess) return null;
  return (
    <>
      <Button label="app.evaluation.refresh.button" onClick={() => setOpen(true)}>
        <CalculateIcon />
      </Button>
      <ActionDialog
        open={open} onClose={() => setOpen(false)} title="app.evaluation.refresh.title" intro={translate('app.evaluation.refresh.intro')}
        submitLabel="app.evaluation.refresh.button" doneMessage="app.evaluation.refresh.done" run={() => dataProvider.refreshEvaluationCycle({ id: cycle.id })}
      >
        {null}
      </ActionDialog>
    </>
  );
};

const Level = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  return <>{value ? translate(`enums.RatingLevel.${value}`) : '—'}</>;
};

/** The flags a decision-maker must not miss. */
const Flags = ({ e }: { e: RaRecord }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5}>
      {e.aboveUnitBound && <Chip size="small" label={translate('app.evaluation.aboveUnitBound')} sx={chipStyle('orange', 'filled')} />}
      {e.secondNotComplete && <Chip size="small" label={translate('app.evaluation.secondNotComplete')} sx={chipStyle('red', 'filled')} />}
      {e.state === 'NOT_RATED' && <Chip size="small" label={translate('app.evaluation.notRated', { reason: e.notRatedReason ?? '' })} />}
    </Stack>
  );
};

/** HR's (and heads' and leaders') board of one cycle: filters, quota meters, the table and its actions. */
const Board = () => {
  const cycle = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const [unitId, setUnitId] = useState(ALL);
  const [quotaGroup, setQuotaGroup] = useState(ALL);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [batchOpen, setBatchOpen] = useState(false);
  const { data: all = [], isPending } = useGetList('Evaluation', {
    filter: { cycleId: cycle?.id }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' },
  }, { enabled: !!cycle });
  const officialIds = useMemo(() => [...new Set(all.map((e) => e.officialId))], [all]);
  const unitIds = useMemo(() => [...new Set(all.map((e) => String(e.unitId)))], [all]);
  const { data: officials = [] } = useGetMany('Official', { ids: officialIds }, { enabled: officialIds.length > 0 });
  const { data: units = [] } = useGetMany('Unit', { ids: unitIds }, { enabled: unitIds.length > 0 });
  if (!cycle) return null;
  if (isPending) return <Loading />;
  const names = new Map(officials.map((o) => [String(o.id), String(o.fullName)]));
  const unitNames = new Map(units.map((u) => [String(u.id), String(u.name)]));
  const groups = [...new Set(all.map((e) => String(e.quotaGroup)))].sort();
  const rows = all.filter((e) => (unitId === ALL || String(e.unitId) === unitId) && (quotaGroup === ALL || e.quotaGroup === quotaGroup));
  const cycleOpen = cycle.state !== 'CLOSED';
  const decidable = (e: RaRecord) => cycleOpen && e.state === 'REVIEWED' && allowed(permissions, { resource: 'Evaluation', action: 'decide', record: e });
  const levelOf = (e: RaRecord) => levels[String(e.id)] ?? e.headLevel ?? e.proposedLevel ?? '';
  const chosen = rows.filter((e) => selected.has(String(e.id)) && decidable(e) && levelOf(e));
  const chosenAboveBound = chosen.filter((e) => aboveBound(e, levelOf(e)));
  const groupLabel = (g: string) => (g === 'ALL' ? translate('app.evaluation.wholeUnit') : translate(`enums.DutyGroup.${g}`, { _: g }));
  const toggle = (id: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  return (
    <Box>
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <FormControl size="small" sx={{ minWidth: 220 }}>
          <InputLabel id="board-unit">{translate('app.evaluation.unitFilter')}</InputLabel>
          <Select labelId="board-unit" label={translate('app.evaluation.unitFilter')} value={unitId} onChange={(e) => setUnitId(String(e.target.value))}>
            <MenuItem value={ALL}>{translate('app.evaluation.allUnits')}</MenuItem>
            {unitIds.map((id) => <MenuItem key={id} value={id}>{unitNames.get(id) ?? id}</MenuItem>)}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ minWidth: 200 }}>
          <InputLabel id="board-group">{translate('app.evaluation.groupFilter')}</InputLabel>
          <Select labelId="board-group" label={translate('app.evaluation.groupFilter')} value={quotaGroup} onChange={(e) => setQuotaGroup(String(e.target.value))}>
            <MenuItem value={ALL}>{translate('app.evaluation.allGroups')}</MenuItem>
            {groups.map((g) => <MenuItem key={g} value={g}>{groupLabel(g)}</MenuItem>)}
          </Select>
        </FormControl>
        <ExportRatingsButton cycleId={cycle.id} unitId={unitId || null} />
        {rows.some(decidable) && (
          <Button label="app.evaluation.batch.button" variant="contained" onClick={() => setBatchOpen(true)} disabled={chosen.length === 0} />
        )}
      </Stack>
      <QuotaMeters
        cycleId={cycle.id} cycleOpen={cycleOpen} unitIds={unitId === ALL ? unitIds : [unitId]} quotaGroup={quotaGroup} unitNames={unitNames}
      />
      {rows.length === 0 ? (
        <Typography>{translate('app.evaluation.none')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('app.evaluation.board', { year: cycle.year })}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" />
              {['officialId', 'position', 'proposedLevel', 'selfLevel', 'headLevel', 'decidedLevel', 'state', 'flags'].map((f) => (
                <TableCell key={f}>{translate(`resources.Evaluation.fields.${f}`)}</TableCell>
              ))}
              <TableCell>{translate('app.evaluation.batchLevel')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((e) => {
              const id = String(e.id);
              const name = names.get(String(e.officialId)) ?? `#${e.officialId}`;
              return (
                <TableRow key={id} hover>
                  <TableCell padding="checkbox">
                    {decidable(e) && (
                      <Checkbox checked={selected.has(id)} onChange={() => toggle(id)} slotProps={{ input: { 'aria-label': translate('app.evaluation.select', { name }) } }} />
                    )}
                  </TableCell>
                  <TableCell sx={{ minWidth: 140 }}>
                    <Link to={`/Evaluation/${id}/show`}>{name}</Link>
                    <Typography variant="caption" component="div" color="text.secondary">{unitNames.get(String(e.unitId))}</Typography>
                  </TableCell>
                  <TableCell>{e.position}</TableCell>
                  <TableCell sx={{ minWidth: 220, maxWidth: 320 }}>
                    <Level value={e.proposedLevel} />
                    <Typography variant="caption" component="div" color="text.secondary">{e.proposalText}</Typography>
                  </TableCell>
                  <TableCell><Level value={e.selfLevel} /></TableCell>
                  <TableCell><Level value={e.headLevel} /></TableCell>
                  <TableCell><Level value={e.decidedLevel} /></TableCell>
                  <TableCell><EnumField record={e} source="state" enumName="EvaluationState" /></TableCell>
                  <TableCell><Flags e={e} /></TableCell>
                  <TableCell>
                    {decidable(e) && (
                      <Select
                        size="small" value={levelOf(e)} onChange={(ev) => setLevels((l) => ({ ...l, [id]: String(ev.target.value) }))}
                        inputProps={{ 'aria-label': translate('app.evaluation.chooseLevel', { name }) }} sx={{ minWidth: 180 }}
                      >
                        {levelChoices().map((c) => <MenuItem key={c.id} value={c.id}>{translate(c.name)}</MenuItem>)}
                      </Select>
                    )}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ alignItems: 'center' }}>
                      <WorkflowButtons record={e} cycleOpen={cycleOpen} />
                      <PrintFormButton evaluationId={e.id} label="app.evaluation.print" />
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        </Box>
      )}
      <ActionDialog
        open={batchOpen} onClose={() => setBatchOpen(false)} title="app.evaluation.batch.title"
        intro={translate('app.evaluation.batch.intro', { count: chosen.length })} submitLabel="app.evaluation.actions.DECIDE"
        doneMessage={translate('app.evaluation.batch.done', { count: chosen.length })} defaultValues={{ reason: '', aboveBoundReason: '', legalBasis: '' }} showError
        run={async (v) => {
          await dataProvider.decideRatings({
            decisions: chosen.map((e) => ({
              evaluationId: e.id, level: levelOf(e), reason: v.reason, aboveBoundReason: aboveBound(e, levelOf(e)) ? v.aboveBoundReason : null,
              legalBasis: needsLegalBasis(e) ? v.legalBasis : null,
            })),
          });
          setSelected(new Set());
          setLevels({});
        }}
      >
        <QuotaForecast
          cycleId={cycle.id}
          planned={chosen.map((e) => ({ unitId: String(e.unitId), quotaGroup: String(e.quotaGroup), level: levelOf(e) }))}
          unitName={(id) => unitNames.get(id) ?? id}
        />
        <TextInput source="reason" label="app.evaluation.decide.reason" fullWidth multiline minRows={2} />
        {chosen.some(needsLegalBasis) && (
          <TextInput
            source="legalBasis" label="app.evaluation.decide.legalBasis" validate={required()} fullWidth
            helperText={translate('app.evaluation.batch.legalBasis', { names: chosen.filter(needsLegalBasis).map((e) => names.get(String(e.officialId)) ?? e.officialId).join(', ') })}
          />
        )}
        {chosenAboveBound.length > 0 && (
          <TextInput
            source="aboveBoundReason" label="app.evaluation.decide.aboveBoundReason" validate={required()} fullWidth multiline minRows={2}
            helperText={translate('app.evaluation.batch.aboveBound', {
              names: chosenAboveBound.map((e) => `${names.get(String(e.officialId)) ?? e.officialId} (${translate(`enums.RatingLevel.${e.unitBound}`)})`).join(', '),
            })}
          />
        )}
      </ActionDialog>
    </Box>
  );
};

const Actions = () => (
  <TopToolbar>
    <RefreshButton />
    <PublishButton />
  </TopToolbar>
);

const Summary = () => {
  const cycle = useRecordContext();
  const translate = useTranslate();
  if (!cycle) return null;
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="h6" component="h2">
        {translate('app.evaluation.board', { year: cycle.year })} — <ReferenceField source="unitId" reference="Unit" link={false} />
      </Typography>
      <Typography variant="body2" component="div">
        <EnumField source="state" enumName="CycleState" /> · <LocalDateField source="opensOn" /> – <LocalDateField source="closesOn" /> ·{' '}
        {translate('resources.EvaluationCycle.fields.quotaPercent')}: {cycle.quotaPercent}
        {cycle.quotaDecision ? ` (${cycle.quotaDecision})` : ''}
        {cycle.selfAssessBy && (
          <>
            {' · '}{translate('resources.EvaluationCycle.fields.selfAssessBy')}: <LocalDateField source="selfAssessBy" />
          </>
        )}
      </Typography>
    </Box>
  );
};

/** One cycle: its summary and the board. */
export const EvaluationCycleShow = () => (
  <Show actions={<Actions />} error={<NotAvailable />} queryOptions={showInPlaceOnError}>
    <Box sx={{ p: 2 }}>
      <Summary />
      <Board />
      <UnitRatings />
    </Box>
  </Show>
);
