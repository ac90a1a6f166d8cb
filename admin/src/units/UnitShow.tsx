import { Box, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField, CanAccess, DataTable, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField, useGetList, useLocaleState,
  useRecordContext, useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { EnumField, LocalDateField } from '../common/fields.js';
import { formatNumber } from '../common/format.js';
import { TimelinessChip } from '../tasks/TimelinessChip.js';

/** A titled part of the page, a region named by its heading. */
const Part = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" aria-label={title} sx={{ display: 'grid', gap: 1, width: '100%' }}>
    <Typography variant="h6" component="h2">
      {title}
    </Typography>
    {children}
  </Box>
);

/** Tasks still to be done: not finished, not cancelled. */
const OPEN_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE'];

/** The task list of the unit and the units under it, narrowed by `filter`. */
const tasksPath = (unitId: string, filter: Record<string, unknown>) =>
  `/Task?filter=${encodeURIComponent(JSON.stringify({ unitId, includeSubunits: true, ...filter }))}`;

/** One count of the unit's tasks, opening the tasks behind it. */
const TaskCount = ({ unitId, filter, label }: { unitId: string; filter: Record<string, unknown>; label: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { total } = useGetList('Task', { filter: { unitId, includeSubunits: true, ...filter }, pagination: { page: 1, perPage: 1 } });
  return (
    <Link component={RouterLink} to={tasksPath(unitId, filter)} sx={{ fontSize: '1rem' }}>
      {translate(label)}: <strong>{total === undefined ? '…' : formatNumber(total, locale)}</strong>
    </Link>
  );
};

/** Open, late and done tasks of the unit and its sub-units, then the open ones, most urgent first. */
const UnitTasks = () => {
  const unit = useRecordContext();
  const translate = useTranslate();
  if (!unit) return null;
  const id = String(unit.id);
  return (
    <Part title={translate('app.unit.tasks')}>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
        <TaskCount unitId={id} filter={{ states: OPEN_STATES }} label="app.unit.open" />
        <TaskCount unitId={id} filter={{ timeliness: 'OPEN_OVERDUE' }} label="app.unit.late" />
        <TaskCount unitId={id} filter={{ state: 'DONE' }} label="app.unit.done" />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('app.unit.openList')}
      </Typography>
      <ReferenceManyField reference="Task" target="unitId" filter={{ states: OPEN_STATES }} sort={{ field: 'deadline', order: 'ASC' }} perPage={10} pagination={false}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Typography variant="body2">{translate('app.unit.noOpenTask')}</Typography>}>
          <DataTable.Col source="title" />
          <DataTable.Col source="leadUnitId">
            <ReferenceField source="leadUnitId" reference="Unit" link={false} />
          </DataTable.Col>
          <DataTable.Col source="deadline" field={LocalDateField} />
          <DataTable.Col source="state">
            <EnumField source="state" enumName="TaskState" />
          </DataTable.Col>
          <DataTable.Col source="timeliness" disableSort>
            <TimelinessChip />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <Link component={RouterLink} to={tasksPath(id, {})}>
        {translate('app.unit.allTasks')}
      </Link>
    </Part>
  );
};

/**
 * A unit with its tasks (open, late, done, the open ones listed), the officials posted in it today
 * and the units under it, each opening its own page.
 */
export const UnitShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <EnumField source="kind" enumName="UnitKind" />
        <ReferenceField source="parentId" reference="Unit" link="show" emptyText="—" />
        <LocalDateField source="validFrom" emptyText="—" />
        <LocalDateField source="validTo" emptyText="—" />
        <BooleanField source="isSample" />
        <CanAccess resource="Task" action="list">
          <UnitTasks />
        </CanAccess>
        <CanAccess resource="Official" action="list">
          <Part title={translate('app.unit.officials')}>
            <ReferenceManyField reference="Official" target="unitId" sort={{ field: 'fullName', order: 'ASC' }} perPage={100} pagination={false}>
              <DataTable bulkActionButtons={false} rowClick="show" empty={<Typography variant="body2">{translate('app.unit.noOfficial')}</Typography>}>
                <DataTable.Col source="fullName" />
                <DataTable.Col source="currentPosition" />
                <DataTable.Col source="category">
                  <EnumField source="category" enumName="OfficialCategory" />
                </DataTable.Col>
              </DataTable>
            </ReferenceManyField>
          </Part>
        </CanAccess>
        <Part title={translate('resources.Unit.fields.children')}>
          <ReferenceManyField reference="Unit" target="parentId" source="id" sort={{ field: 'code', order: 'ASC' }} perPage={100} pagination={false}>
            <DataTable rowClick="show" bulkActionButtons={false} empty={<Typography variant="body2">{translate('app.unit.noChild')}</Typography>}>
              <DataTable.Col source="code" />
              <DataTable.Col source="name" />
              <DataTable.Col source="kind">
                <EnumField source="kind" enumName="UnitKind" />
              </DataTable.Col>
              <DataTable.Col source="validTo" field={LocalDateField} />
            </DataTable>
          </ReferenceManyField>
        </Part>
      </SimpleShowLayout>
    </Show>
  );
};
