import { Card, CardHeader, Typography } from '@mui/material';
import type { Identifier } from 'react-admin';
import { DataTable, ListBase, ReferenceField, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { LocalDateField } from '../common/fields.js';
import { daysBetween } from '../common/format.js';

const DaysOverdue = ({ asOf }: { asOf?: string }) => {
  const task = useRecordContext();
  const translate = useTranslate();
  // Until the summary says which day it is on the server, the count waits.
  if (!task?.deadline || !asOf) return null;
  // Counted on the server's calendar date (Vietnam), not the browser's clock.
  const days = daysBetween(task.deadline, asOf);
  return <Typography variant="body2" color="error">{translate('app.dashboard.daysOverdue', { smart_count: days })}</Typography>;
};

const Title = () => {
  const translate = useTranslate();
  const { total } = useListContext();
  return <CardHeader title={`${translate('app.dashboard.overdueTitle')}${total ? ` (${total})` : ''}`} slotProps={{ title: { component: 'h2' } }} />;
};

/** Open tasks past their deadline in the unit and the units under it, the longest overdue first. */
export const OverdueTasksWidget = ({ unitId, includeSubunits, asOf }: { unitId: Identifier | null; includeSubunits: boolean; asOf?: string }) => {
  const translate = useTranslate();
  if (!unitId) return null;
  return (
    <Card>
      <ListBase
        resource="Task"
        filter={{ unitId, includeSubunits, timeliness: 'OPEN_OVERDUE' }}
        sort={{ field: 'deadline', order: 'ASC' }}
        perPage={20}
        disableSyncWithLocation
      >
        <Title />
        <DataTable
          resource="Task"
          rowClick="show"
          bulkActionButtons={false}
          empty={<Typography sx={{ p: 2 }}>{translate('app.dashboard.noOverdue')}</Typography>}
        >
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="leadUnitId" disableSort>
            <ReferenceField source="leadUnitId" reference="Unit" link={false} />
          </DataTable.Col>
          <DataTable.Col source="responsibleOfficialId" disableSort>
            <ReferenceField source="responsibleOfficialId" reference="Official" link={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="deadline" disableSort>
            <LocalDateField source="deadline" />
          </DataTable.Col>
          <DataTable.Col label="resources.Task.fields.timeliness" disableSort>
            {/* Always an element: a column without children is an error in DataTable (the list may be cached before the summary comes). */}
            <DaysOverdue asOf={asOf} />
          </DataTable.Col>
        </DataTable>
      </ListBase>
    </Card>
  );
};
