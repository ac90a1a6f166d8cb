import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { createContext, useContext, type ReactNode } from 'react';
import { DataTable, Labeled, ReferenceField, ReferenceManyField, TextField, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { EnumField, VietnamDateTimeField } from '../common/fields.js';
import { parseEvidence } from './levels.js';

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
];

/** The task figures the proposal was made from: the official's, and the unit's for heads and deputies. */
const Evidence = () => {
  const e = useRecordContext();
  const translate = useTranslate();
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

/**
 * Who took the step. The API gives only the account (accounts are an administrator's to read):
 * the self-assessment is the official's own, otherwise the account's number.
 */
const StepWho = () => {
  const step = useRecordContext();
  const evaluation = useContext(EvaluationOfSteps);
  if (!step) return null;
  if (step.action === 'SELF_ASSESS' && evaluation) return <ReferenceField record={evaluation} source="officialId" reference="Official" link={false} />;
  return <>{step.accountId ? `#${step.accountId}` : '—'}</>;
};

const EvaluationOfSteps = createContext<RaRecord | undefined>(undefined);

/** Every step of the evaluation, oldest first: when, who, what, the level, why. */
export const EvaluationSteps = () => {
  const translate = useTranslate();
  const evaluation = useRecordContext();
  return (
    <EvaluationOfSteps.Provider value={evaluation}>
    <ReferenceManyField reference="EvaluationStep" target="evaluationId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">{translate('app.evaluation.noSteps')}</Typography>}>
        <DataTable.Col source="at" field={VietnamDateTimeField} disableSort />
        <DataTable.Col source="accountId" disableSort>
          <StepWho />
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
    </EvaluationOfSteps.Provider>
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
    {steps && (
      <Section title="app.evaluation.steps">
        <EvaluationSteps />
      </Section>
    )}
  </>
);
