import { Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  BooleanInput, Button, FormDataConsumer, SelectInput, TextInput, maxValue, minValue, required, useDataProvider, useGetOne,
  useRecordContext, useTranslate, type RaRecord,
} from 'react-admin';
import { enumChoices } from '../common/inputs.js';
import { ActionDialog, type FieldValues } from '../common/ActionDialog.js';
import { DecimalInput, IntegerInput } from '../common/number-inputs.js';
import type { AppDataProvider } from '../providers/index.js';
import { isAbove, levelChoices } from './levels.js';
import { QuotaForecast } from './QuotaForecast.js';

/** The quota warning of one decision, with the unit's name. */
const DecisionForecast = ({ record, level }: { record: RaRecord; level: string }) => {
  const { data: unit } = useGetOne('Unit', { id: record.unitId });
  return (
    <QuotaForecast
      cycleId={record.cycleId}
      planned={[{ unitId: String(record.unitId), quotaGroup: String(record.quotaGroup), level }]}
      unitName={() => String(unit?.name ?? '')}
    />
  );
};

type Action = 'selfAssess' | 'propose' | 'review' | 'decide' | 'reopen';

/** The server's workflow action of each button (evaluation.workflow.ts): shown when `allowedActions` has it. */
const SERVER_ACTION: Record<Action | 'edit', string> = {
  selfAssess: 'SELF_ASSESS', propose: 'PROPOSE', review: 'REVIEW', decide: 'DECIDE', reopen: 'REOPEN', edit: 'UPDATE_FACTS',
};

/** Whether the server says the reader may take this step now (its state, the reader, the cycle). */
export const allowed = (record: RaRecord, action: Action | 'edit') =>
  Array.isArray(record.allowedActions) && (record.allowedActions as unknown[]).includes(SERVER_ACTION[action]);

const LABEL: Record<Action, string> = {
  selfAssess: 'app.evaluation.actions.SELF_ASSESS',
  propose: 'app.evaluation.actions.PROPOSE',
  review: 'app.evaluation.actions.REVIEW',
  decide: 'app.evaluation.actions.DECIDE',
  reopen: 'app.evaluation.actions.REOPEN',
};

/** One step's button and dialog, shown when the server's `allowedActions` lists the step. */
const StepButton = ({ action, record, cycleOpen, title, done, defaults, run, children }: {
  action: Action;
  record: RaRecord;
  cycleOpen: boolean;
  title: string;
  done: string;
  defaults: FieldValues;
  run: (values: FieldValues) => Promise<unknown>;
  children?: ReactNode;
}) => {
  const [open, setOpen] = useState(false);
  if (!cycleOpen || !allowed(record, action)) return null;
  return (
    <>
      <Button label={LABEL[action]} onClick={() => setOpen(true)} size="small" variant={action === 'decide' ? 'contained' : 'text'} />
      <ActionDialog
        open={open} onClose={() => setOpen(false)} title={title} submitLabel={LABEL[action]} doneMessage={done} defaultValues={defaults} run={run} showError
      >
        {children}
      </ActionDialog>
    </>
  );
};

/** Whether deciding `level` rates a head or deputy above what their unit's result allows. */
export const aboveBound = (e: RaRecord, level: unknown) => !!e.isLeader && isAbove(level, e.unitBound);

/** Rated by hand (no rulebook for the category and year) with no legal basis on record yet: the decision must give one. */
/**
 * Decree 335's rulebooks (ids `ND335…`) mark a head's or deputy's organising and directing, in
 * per cent; the server refuses the mark for anyone else (eval.noDirectingCriterion).
 */
export const marksDirecting = (e: RaRecord) => e.isLeader === true && String(e.rulebookId ?? '').startsWith('ND335');

export const needsLegalBasis = (e: RaRecord) => !e.rulebookId && !(typeof e.legalBasis === 'string' && e.legalBasis.trim());

/** The quota groups: the whole unit, or one duty group. */
const quotaGroupChoices = () => [{ id: 'ALL', name: 'app.evaluation.wholeUnit' }, ...enumChoices('DutyGroup')];

/**
 * "Cập nhật thông tin": HR records what the tasks do not show (months absent, maternity leave,
 * discipline, quota group, legal basis of a category rated by hand) until the rating is decided;
 * the server recomputes the proposal.
 */
export const FactsButton = ({ record, cycleOpen }: { record: RaRecord; cycleOpen: boolean }) => {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  if (!cycleOpen || !allowed(record, 'edit')) return null;
  const months = translate('app.evaluation.facts.monthsRange');
  return (
    <>
      <Button label="app.evaluation.facts.button" onClick={() => setOpen(true)} size="small" />
      <ActionDialog
        open={open} onClose={() => setOpen(false)} title="app.evaluation.facts.title" intro={translate('app.evaluation.facts.intro')}
        submitLabel="ra.action.save" doneMessage="app.evaluation.facts.done" showError
        defaultValues={{
          monthsAbsent: record.monthsAbsent ?? 0, maternityLeave: !!record.maternityLeave, disciplined: !!record.disciplined,
          quotaGroup: record.quotaGroup ?? 'ALL', legalBasis: record.legalBasis ?? '',
          ideologyDegradation: !!record.ideologyDegradation, unitCorruption: !!record.unitCorruption, notCompleteBasis: record.notCompleteBasis ?? '',
        }}
        run={(v) => dataProvider.updateEvaluationFacts({
          id: record.id, monthsAbsent: v.monthsAbsent, maternityLeave: !!v.maternityLeave, disciplined: !!v.disciplined, quotaGroup: v.quotaGroup,
          legalBasis: v.legalBasis ?? '', ideologyDegradation: !!v.ideologyDegradation, unitCorruption: record.isLeader ? !!v.unitCorruption : undefined,
          notCompleteBasis: v.notCompleteBasis ?? '',
        })}
      >
        <IntegerInput
          source="monthsAbsent" label="resources.Evaluation.fields.monthsAbsent" helperText="app.evaluation.facts.monthsAbsentHint"
          validate={[required(), minValue(0, months), maxValue(12, months)]} fullWidth
        />
        <BooleanInput source="maternityLeave" label="resources.Evaluation.fields.maternityLeave" helperText="app.evaluation.facts.maternityLeaveHint" />
        <BooleanInput source="disciplined" label="resources.Evaluation.fields.disciplined" helperText="app.evaluation.facts.disciplinedHint" />
        <BooleanInput source="ideologyDegradation" label="resources.Evaluation.fields.ideologyDegradation" helperText="app.evaluation.facts.ideologyDegradationHint" />
        {record.isLeader ? <BooleanInput source="unitCorruption" label="resources.Evaluation.fields.unitCorruption" helperText="app.evaluation.facts.unitCorruptionHint" /> : null}
        <TextInput source="notCompleteBasis" label="resources.Evaluation.fields.notCompleteBasis" helperText="app.evaluation.facts.notCompleteBasisHint" fullWidth />
        <SelectInput source="quotaGroup" label="resources.Evaluation.fields.quotaGroup" choices={quotaGroupChoices()} validate={required()} fullWidth />
        <TextInput
          source="legalBasis" label="resources.Evaluation.fields.legalBasis" helperText="app.evaluation.facts.legalBasisHint" fullWidth multiline minRows={2}
        />
      </ActionDialog>
    </>
  );
};

/**
 * The workflow buttons for one evaluation: Tự đánh giá (its official), Đề xuất (the competent
 * head, or a leader above for heads and deputies), Thẩm định (HR), Quyết định and Mở lại (the
 * competent person). The server remains the judge; its refusal shows in the dialog.
 */
export const WorkflowButtons = ({ record: given, cycleOpen = true }: { record?: RaRecord; cycleOpen?: boolean }) => {
  const context = useRecordContext();
  const record = given ?? context;
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  if (!record) return null;
  const id = record.id;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <StepButton
        action="selfAssess" record={record} cycleOpen={cycleOpen} title="app.evaluation.selfAssess.title" done="app.evaluation.selfAssess.done"
        defaults={{ text: record.selfAssessment ?? '', level: record.selfLevel ?? null }}
        run={(v) => dataProvider.selfAssessEvaluation({ id, text: v.text, level: v.level })}
      >
        <TextInput source="text" label="app.evaluation.selfAssess.text" validate={required()} fullWidth multiline minRows={4} />
        <SelectInput source="level" label="app.evaluation.selfAssess.level" choices={levelChoices()} fullWidth />
      </StepButton>
      <StepButton
        action="propose" record={record} cycleOpen={cycleOpen} title="app.evaluation.propose.title" done="app.evaluation.propose.done"
        defaults={{ level: record.headLevel ?? record.selfLevel ?? record.proposedLevel ?? null, comment: record.headComment ?? '', generalPoints: null, directingPercent: record.directingPercent ?? null }}
        run={(v) => dataProvider.proposeRating({
          id, level: v.level, comment: v.comment, generalPoints: v.generalPoints ?? null, directingPercent: marksDirecting(record) ? v.directingPercent ?? null : null,
        })}
      >
        <SelectInput source="level" label="app.evaluation.propose.level" choices={levelChoices()} validate={required()} fullWidth />
        <TextInput source="comment" label="app.evaluation.propose.comment" fullWidth multiline minRows={2} />
        <DecimalInput source="generalPoints" label="app.evaluation.propose.generalPoints" min={0} max={30} fullWidth />
        {marksDirecting(record) && (
          <IntegerInput
            source="directingPercent" label="app.evaluation.propose.directingPercent" helperText="app.evaluation.propose.directingHint" min={0} max={100} fullWidth
          />
        )}
      </StepButton>
      <StepButton
        action="review" record={record} cycleOpen={cycleOpen} title="app.evaluation.review.title" done="app.evaluation.review.done"
        defaults={{ comment: '' }} run={(v) => dataProvider.reviewRating({ id, comment: v.comment })}
      >
        <TextInput source="comment" label="app.evaluation.review.comment" fullWidth multiline minRows={2} />
      </StepButton>
      <StepButton
        action="decide" record={record} cycleOpen={cycleOpen} title="app.evaluation.decide.title" done="app.evaluation.decide.done"
        defaults={{ level: record.headLevel ?? record.proposedLevel ?? null, reason: '', aboveBoundReason: '', legalBasis: '' }}
        run={(v) => dataProvider.decideRating({
          id, level: v.level, reason: v.reason, aboveBoundReason: aboveBound(record, v.level) ? v.aboveBoundReason : null, legalBasis: needsLegalBasis(record) ? v.legalBasis : null,
        })}
      >
        <SelectInput source="level" label="app.evaluation.decide.level" choices={levelChoices()} validate={required()} fullWidth />
        <FormDataConsumer>
          {({ formData }) => (
            <DecisionForecast record={record} level={String(formData.level ?? '')} />
          )}
        </FormDataConsumer>
        <TextInput source="reason" label="app.evaluation.decide.reason" fullWidth multiline minRows={2} />
        {needsLegalBasis(record) && (
          <TextInput
            source="legalBasis" label="app.evaluation.decide.legalBasis" validate={required()} helperText={translate('app.evaluation.decide.legalBasisHint')} fullWidth
          />
        )}
        {/* A head or deputy rated above what the unit's result allows: the reason is required, and asked only then. */}
        <FormDataConsumer>
          {({ formData }) => aboveBound(record, formData.level) && (
            <TextInput
              source="aboveBoundReason" label="app.evaluation.decide.aboveBoundReason" validate={required()}
              helperText={translate('app.evaluation.decide.aboveBoundHint', { bound: translate(`enums.RatingLevel.${record.unitBound}`) })}
              fullWidth multiline minRows={2}
            />
          )}
        </FormDataConsumer>
      </StepButton>
      <StepButton
        action="reopen" record={record} cycleOpen={cycleOpen} title="app.evaluation.reopen.title" done="app.evaluation.reopen.done"
        defaults={{ reason: '' }} run={(v) => dataProvider.reopenRating({ id, reason: v.reason })}
      >
        <TextInput source="reason" label="app.evaluation.reopen.reason" validate={required()} fullWidth multiline minRows={2} />
      </StepButton>
      <FactsButton record={record} cycleOpen={cycleOpen} />
    </Stack>
  );
};
