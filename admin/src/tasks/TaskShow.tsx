import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField, ChipField, EditButton, Labeled, ReferenceArrayField, ReferenceField, Show, SingleFieldList, TextField, TopToolbar,
  useRecordContext, useTranslate,
} from 'react-admin';
import { EnumField, LocalDateField, LocaleNumberField, VietnamDateTimeField } from '../common/fields.js';
import { formatLocalDate } from '../common/format.js';
import { NotAvailable, showInPlaceOnError } from '../common/NotAvailable.js';
import { AcceptTaskButton } from './AcceptTaskButton.js';
import { ReportProgressButton } from './ReportProgressButton.js';
import { ReturnTaskButton } from './ReturnTaskButton.js';
import { TaskHistory } from './TaskHistory.js';
import { TaskUpdates } from './TaskUpdates.js';
import { useTaskStep } from './use-task-step.js';
import { TaskIndicatorTargets } from '../kpi-targets/TaskIndicatorTargets.js';
import { TimelinessChip } from './TimelinessChip.js';

/** Edit as the server allows it now (react-admin's own check is cached by record id). */
const TaskEditButton = () => (useTaskStep('edit') ? <EditButton /> : null);

/** Each button shows when the task's `allowedActions` has its step: the server judges the state and the reader. */
const TaskShowActions = () => {
  const task = useRecordContext();
  if (!task) return null;
  return (
    <TopToolbar>
      <ReportProgressButton />
      <AcceptTaskButton />
      <ReturnTaskButton />
      <TaskEditButton />
    </TopToolbar>
  );
};

/** The current deadline, and the original one when it was extended (statistics count against the original). */
const DeadlineField = (_props: { label?: string }) => {
  const task = useRecordContext();
  const translate = useTranslate();
  if (!task) return null;
  if (!task.deadline) return <Typography variant="body2">{translate('app.task.noDeadline')}</Typography>;
  const extended = task.originalDeadline && task.originalDeadline !== task.deadline;
  return (
    <Typography variant="body2">
      {formatLocalDate(task.deadline)}
      {extended && (
        <Box component="span" sx={{ ml: 1, color: 'warning.main' }}>
          ({translate('app.task.originalDeadline', { date: formatLocalDate(task.originalDeadline) })})
        </Box>
      )}
    </Typography>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
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

/** Everything about one task: what, who, when, how far, its reports and its full history. */
export const TaskShow = () => (
  <Show actions={<TaskShowActions />} error={<NotAvailable />} queryOptions={showInPlaceOnError}>
    <Card variant="outlined" sx={{ border: 'none' }}>
      <CardContent>
        <Section title="app.task.sections.general">
          <Labeled source="title" fullWidth>
            <TextField source="title" variant="subtitle1" />
          </Labeled>
          <Labeled source="description" fullWidth sx={{ mt: 1 }}>
            <TextField source="description" emptyText="—" />
          </Labeled>
          <Box sx={{ mt: 1 }}>
            <Fields>
              <Labeled source="directiveId">
                <ReferenceField source="directiveId" reference="Directive" link="show" emptyText="—" />
              </Labeled>
              <Labeled source="createdByOfficialId">
                <ReferenceField source="createdByOfficialId" reference="Official" link="show" emptyText="—" />
              </Labeled>
              <Labeled source="startDate">
                <LocalDateField source="startDate" />
              </Labeled>
              <Labeled source="deadline">
                <DeadlineField />
              </Labeled>
              <Labeled source="originalDeadline">
                <LocalDateField source="originalDeadline" emptyText="—" />
              </Labeled>
              <Labeled source="weight">
                <LocaleNumberField source="weight" />
              </Labeled>
              <Labeled source="createdAt">
                <VietnamDateTimeField source="createdAt" />
              </Labeled>
              <Labeled source="updatedAt">
                <VietnamDateTimeField source="updatedAt" />
              </Labeled>
            </Fields>
          </Box>
        </Section>
        <Section title="app.task.sections.parties">
          <Fields>
            <Labeled source="leadUnitId">
              <ReferenceField source="leadUnitId" reference="Unit" link="show" />
            </Labeled>
            <Labeled source="coordinatingUnitIds">
              <ReferenceArrayField source="coordinatingUnitIds" reference="Unit" emptyText="—">
                <SingleFieldList linkType="show">
                  <ChipField source="name" size="small" />
                </SingleFieldList>
              </ReferenceArrayField>
            </Labeled>
            <Labeled source="responsibleOfficialId">
              <ReferenceField source="responsibleOfficialId" reference="Official" link="show" emptyText="—" />
            </Labeled>
            <Labeled source="assigneeIds">
              <ReferenceArrayField source="assigneeIds" reference="Official" emptyText="—">
                <SingleFieldList linkType="show">
                  <ChipField source="fullName" size="small" />
                </SingleFieldList>
              </ReferenceArrayField>
            </Labeled>
          </Fields>
        </Section>
        <Section title="app.task.sections.progress">
          <Fields>
            <Labeled source="state">
              <EnumField source="state" enumName="TaskState" />
            </Labeled>
            <Labeled source="timeliness">
              <TimelinessChip />
            </Labeled>
            <Labeled source="percentDone">
              <LocaleNumberField source="percentDone" />
            </Labeled>
            <Labeled source="reportedDoneOn">
              <LocalDateField source="reportedDoneOn" emptyText="—" />
            </Labeled>
            <Labeled source="completedOn">
              <LocalDateField source="completedOn" emptyText="—" />
            </Labeled>
            <Labeled source="exceeded">
              <BooleanField source="exceeded" />
            </Labeled>
            <Labeled source="returnCount">
              <LocaleNumberField source="returnCount" />
            </Labeled>
            <Labeled source="version">
              <LocaleNumberField source="version" />
            </Labeled>
          </Fields>
          <Labeled source="expectedResult" fullWidth sx={{ mt: 1 }}>
            <TextField source="expectedResult" emptyText="—" />
          </Labeled>
        </Section>
        <Section title="app.kpi.targets.title">
          <TaskIndicatorTargets />
        </Section>
        <Section title="app.task.sections.updates">
          <TaskUpdates />
        </Section>
        <Section title="app.task.sections.history">
          <TaskHistory />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
