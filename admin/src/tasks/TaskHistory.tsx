import { Box, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceField, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, VietnamDateTimeField } from '../common/fields.js';
import { HistoryValue } from './HistoryValue.js';

const FieldName = () => {
  const event = useRecordContext();
  const translate = useTranslate();
  if (!event?.field) return <>—</>;
  return <>{translate(`resources.Task.fields.${event.field}`, { _: event.field })}</>;
};

const Change = () => {
  const event = useRecordContext();
  const translate = useTranslate();
  if (!event) return null;
  if (!event.field) return <>—</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        <HistoryValue field={event.field} json={event.before} />
      </Box>
      <span aria-hidden>{translate('app.task.history.arrow')}</span>
      <Box component="span" sx={{ fontWeight: 500 }}>
        <HistoryValue field={event.field} json={event.after} />
      </Box>
    </Box>
  );
};

/** Every change of the task: when (Vietnam time), who, what, before → after, why. Newest first. */
export const TaskHistory = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="TaskEvent"
      target="taskId"
      sort={{ field: 'id', order: 'DESC' }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[50, 100]} />}
    >
      <DataTable
        bulkActionButtons={false}
        rowClick={false}
        empty={<Typography variant="body2">{translate('app.task.noHistory')}</Typography>}
      >
        <DataTable.Col source="at" field={VietnamDateTimeField} />
        <DataTable.Col source="actorOfficialId" disableSort>
          <ReferenceField source="actorOfficialId" reference="Official" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort>
          <EnumField source="action" enumName="TaskAction" />
        </DataTable.Col>
        <DataTable.Col source="field" disableSort>
          <FieldName />
        </DataTable.Col>
        <DataTable.Col label="resources.TaskEvent.fields.change" disableSort>
          <Change />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" emptyText="" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
