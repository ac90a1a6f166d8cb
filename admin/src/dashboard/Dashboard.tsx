import { Box, Card, CardContent } from '@mui/material';
import { useMemo } from 'react';
import {
  AutocompleteInput, BooleanInput, Form, FormDataConsumer, Loading, Navigate, ReferenceInput, SelectInput, Title, usePermissions, useTranslate,
} from 'react-admin';
import { isIsoDate, todayInVietnam } from '../common/format.js';
import { enumChoices, LocalDateInput } from '../common/inputs.js';
import {
  TASK_READERS, canAccess, defaultSummaryUnitId, scopeUnitFilter, type Permissions,
} from '../providers/can-access.js';
import type { TaskSummaryParams } from '../providers/index.js';
import { OverdueTasksWidget } from './OverdueTasksWidget.js';
import { TaskSummaryWidget } from './TaskSummaryWidget.js';
import { useTaskSummary } from './use-task-summary.js';

interface Controls {
  unitId?: string | null;
  from?: string | null;
  to?: string | null;
  includeSubunits?: boolean;
  deadlineBasis?: 'ORIGINAL' | 'CURRENT';
}

/** Half-typed dates are not sent: the figures stay until the date is whole. */
function summaryParams(c: Controls): TaskSummaryParams | null {
  if (!c.unitId) return null;
  if ((c.from && !isIsoDate(c.from)) || (c.to && !isIsoDate(c.to))) return null;
  return { unitId: c.unitId, from: c.from || null, to: c.to || null, includeSubunits: c.includeSubunits ?? true, deadlineBasis: c.deadlineBasis };
}

const Widgets = ({ controls }: { controls: Controls }) => {
  const params = summaryParams(controls);
  const summary = useTaskSummary(params);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TaskSummaryWidget hasScope={!!controls.unitId} summary={summary} />
      <OverdueTasksWidget unitId={controls.unitId ?? null} includeSubunits={controls.includeSubunits ?? true} asOf={summary.data?.asOf} />
    </Box>
  );
};

/** One unit's figures for a period (the current year by default) and its overdue tasks. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  // The person's own scope: a head's unit, a leader's province.
  const today = todayInVietnam();
  const unitId = defaultSummaryUnitId(permissions, today);
  const year = today.slice(0, 4);
  const defaults = useMemo<Controls>(
    () => ({ unitId, from: `${year}-01-01`, to: `${year}-12-31`, includeSubunits: true, deadlineBasis: 'ORIGINAL' }),
    [unitId, year],
  );
  if (isPending || !permissions) return <Loading />;
  // Administrators do not follow tasks: their work starts with the organisation.
  if (!canAccess(permissions, { resource: 'dashboard', action: 'list' })) return <Navigate to="/Unit" replace />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.dashboard.title')} />
      <Form defaultValues={defaults} record={{}} mode="onChange">
        <Card sx={{ mb: 2 }}>
          <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', pb: '8px !important' }}>
            <Box sx={{ width: 380 }}>
              <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={scopeUnitFilter(permissions, TASK_READERS)}>
                <AutocompleteInput label="app.dashboard.unit" helperText={false} />
              </ReferenceInput>
            </Box>
            <Box sx={{ width: 190 }}>
              <LocalDateInput source="from" label="app.dashboard.from" helperText={false} />
            </Box>
            <Box sx={{ width: 190 }}>
              <LocalDateInput source="to" label="app.dashboard.to" helperText={false} />
            </Box>
            <Box sx={{ width: 340 }}>
              <SelectInput source="deadlineBasis" label="app.dashboard.deadlineBasis" choices={enumChoices('DeadlineBasis')} helperText={false} />
            </Box>
            <BooleanInput source="includeSubunits" label="app.dashboard.includeSubunits" helperText={false} />
          </CardContent>
        </Card>
        <FormDataConsumer<Controls>>{({ formData }) => <Widgets controls={formData} />}</FormDataConsumer>
      </Form>
    </Box>
  );
};
