import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField, DataTable, Labeled, NumberField, ReferenceField, ReferenceManyField, TextField, useLocaleState, useRecordContext, useTranslate,
} from 'react-admin';
import { EnumField, VietnamDateTimeField } from '../common/fields.js';
import { kpiLine, parseEvidence } from './levels.js';

export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)} sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const Fields = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2 }}>{children}</Box>
);

const FIGURES: Array<[string, string]> = [
  ['assigned', 'assigned'], ['done', 'done'], ['onTime', 'doneOnTime'], ['late', 'doneLate'], ['overdue', 'openOverdue'], ['returned', 'returned'], ['exceeded', 'exceeded'],
  ['notYetDue', 'notYetDue'],
];

/** The task figures the proposal was made from: the official's, and the unit's for heads and deputies. */
const Evidence = () => {
  const e = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!e) return null;
  const evidence = parseEvidence(e.evidence);
  const columns = [
    ['officialEvidence', evidence.official],
    ['unitEvidence', evidence.unit],
  ].filter((c): c is [string, Record<string, unknown>] => !!c[1]);
  return (
    <Box>
      <Table size="small" aria-label={translate('app.evaluation.evidence')} sx={{ maxWidth: 600 }}>
        <TableHead>
          <TableRow>
            <TableCell />
            {columns.map(([label]) => <TableCell key={label} align="right">{translate(`app.evaluation.${label}`)}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {FIGURES.map(([label, key]) => (
            <TableRow key={key}>
              <TableCell component="th" scope="row">{translate(`app.evaluation.figures.${label}`)}</TableCell>
              {columns.map(([col, figures]) => <TableCell key={col} align="right">{String(figures[key] ?? '—')}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {evidence.unit && (
        <Box sx={{ mt: 1 }} aria-label={translate('app.evaluation.unitEvidence')} role="group">
          <Typography variant="body2">
            {evidence.unit.kpi ? kpiLine(evidence.unit.kpi, locale, translate) : translate('app.evaluation.kpi.none')}
          </Typography>
          {evidence.unit.level && (
            <Typography variant="body2">
              {translate('app.evaluation.unitLevel', { level: translate(`enums.RatingLevel.${evidence.unit.level}`) })}
            </Typography>
          )}
        </Box>
      )}
      {evidence.unit?.subunitRatings && evidence.unit.subunitRatings.length > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('app.evaluation.subunitRatings')}: {evidence.unit.subunitRatings.map((l) => translate(`enums.RatingLevel.${l}`)).join('; ')}
        </Typography>
      )}
    </Box>
  );
};

const StepAction = () => {
  const step = useRecordContext();
  const translate = useTranslate();
  return step ? <>{translate(`app.evaluation.actions.${step.action}`, { _: step.action })}</> : null;
};

/** Every step of the evaluation, oldest first: when, who (by name), what, the level, why. */
export const EvaluationSteps = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="EvaluationStep" target="evaluationId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">{translate('app.evaluation.noSteps')}</Typography>}>
        <DataTable.Col source="at" field={VietnamDateTimeField} disableSort />
        <DataTable.Col source="actorName" disableSort>
          <TextField source="actorName" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort>
          <StepAction />
        </DataTable.Col>
        <DataTable.Col source="toState" disableSort>
          <EnumField source="toState" enumName="EvaluationState" />
        </DataTable.Col>
        <DataTable.Col source="level" disableSort>
          <EnumField source="level" enumName="RatingLevel" />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" emptyText="" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};

const QuotaGroup = () => {
  const e = useRecordContext();
  const translate = useTranslate();
  if (!e) return null;
  const g = String(e.quotaGroup);
  return <Typography component="span" variant="body2">{g === 'ALL' ? translate('app.evaluation.wholeUnit') : translate(`enums.DutyGroup.${g}`, { _: g })}</Typography>;
};

/** For a head or deputy: the level the unit's result allows. */
const LeaderBound = () => {
  const e = useRecordContext();
  if (!e?.isLeader) return null;
  return (
    <>
      <Labeled source="unitBound"><EnumField source="unitBound" enumName="RatingLevel" emptyText="—" /></Labeled>
      {e.directingPercent !== null && e.directingPercent !== undefined && (
        <Labeled source="directingPercent"><NumberField source="directingPercent" /></Labeled>
      )}
    </>
  );
};

/** The official's ratings year by year, newest first; two "not complete" years running are called out. */
const History = () => {
  const e = useRecordContext();
  const translate = useTranslate();
  if (!e) return null;
  const years = (e.history ?? []) as Array<{ evaluationId: string; year: number; position: string; state: string; decidedLevel: string | null }>;
  return (
    <Box>
      {e.secondNotComplete && (
        <Alert severity="error" sx={{ mb: 1 }}>{translate('app.evaluation.secondNotCompleteNote')}</Alert>
      )}
      {years.length <= 1 && <Typography variant="body2" sx={{ mb: 1 }}>{translate('app.evaluation.noHistory')}</Typography>}
      <Table size="small" aria-label={translate('app.evaluation.history')} sx={{ maxWidth: 720 }}>
        <TableHead>
          <TableRow>
            {(['year', 'position', 'state', 'decidedLevel'] as const).map((c) => <TableCell key={c}>{translate(`app.evaluation.historyColumns.${c}`)}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {years.map((y) => (
            <TableRow key={y.evaluationId} selected={String(y.evaluationId) === String(e.id)}>
              <TableCell component="th" scope="row">{y.year}</TableCell>
              <TableCell>{y.position}</TableCell>
              <TableCell>{translate(`enums.EvaluationState.${y.state}`)}</TableCell>
              <TableCell>{y.decidedLevel ? translate(`enums.RatingLevel.${y.decidedLevel}`) : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Everything of one evaluation: who, the evidence, the proposal in words, the opinions, the steps. */
export const EvaluationDetails = ({ steps = true }: { steps?: boolean }) => (
  <>
    <Section title="app.evaluation.general">
      <Fields>
        <Labeled source="officialId"><ReferenceField source="officialId" reference="Official" link={false} /></Labeled>
        <Labeled source="unitId"><ReferenceField source="unitId" reference="Unit" link={false} /></Labeled>
        <Labeled source="position"><TextField source="position" /></Labeled>
        <Labeled source="state"><EnumField source="state" enumName="EvaluationState" /></Labeled>
        <Labeled source="monthsWorked"><TextField source="monthsWorked" /></Labeled>
        <Labeled source="legalBasis"><TextField source="legalBasis" emptyText="—" /></Labeled>
        <Labeled source="monthsAbsent"><TextField source="monthsAbsent" /></Labeled>
        <Labeled source="maternityLeave"><BooleanField source="maternityLeave" /></Labeled>
        <Labeled source="disciplined"><BooleanField source="disciplined" /></Labeled>
        <Labeled source="quotaGroup"><QuotaGroup /></Labeled>
        <LeaderBound />
      </Fields>
    </Section>
    <Section title="app.evaluation.evidence">
      <Evidence />
    </Section>
    <Section title="app.evaluation.proposal">
      <Fields>
        <Labeled source="proposedLevel"><EnumField source="proposedLevel" enumName="RatingLevel" /></Labeled>
        <Labeled source="proposedPoints"><TextField source="proposedPoints" emptyText="—" /></Labeled>
      </Fields>
      <Labeled source="proposalText" fullWidth sx={{ mt: 1 }}><TextField source="proposalText" /></Labeled>
    </Section>
    <Section title="app.evaluation.workflow">
      <Fields>
        <Labeled source="selfLevel"><EnumField source="selfLevel" enumName="RatingLevel" /></Labeled>
        <Labeled source="headLevel"><EnumField source="headLevel" enumName="RatingLevel" /></Labeled>
        <Labeled source="decidedLevel"><EnumField source="decidedLevel" enumName="RatingLevel" /></Labeled>
      </Fields>
      <Labeled source="selfAssessment" fullWidth sx={{ mt: 1 }}><TextField source="selfAssessment" emptyText="—" /></Labeled>
      <Labeled source="headComment" fullWidth sx={{ mt: 1 }}><TextField source="headComment" emptyText="—" /></Labeled>
      <Labeled source="hrComment" fullWidth sx={{ mt: 1 }}><TextField source="hrComment" emptyText="—" /></Labeled>
      <Labeled source="decisionReason" fullWidth sx={{ mt: 1 }}><TextField source="decisionReason" emptyText="—" /></Labeled>
    </Section>
    <Section title="app.evaluation.history">
      <History />
    </Section>
    {steps && (
      <Section title="app.evaluation.steps">
        <EvaluationSteps />
      </Section>
    )}
  </>
);
