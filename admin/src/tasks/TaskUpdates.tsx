import { Typography } from '@mui/material';
import { DataTable, ReferenceField, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, LinksField, LocaleNumberField, VietnamDateTimeField } from '../common/fields.js';
import { EvidenceFilesCell, EvidenceFilesProvider } from './EvidenceFiles.js';

/** The progress reports of the task, newest first, with their evidence links and files. */
export const TaskUpdates = () => {
  const translate = useTranslate();
  const task = useRecordContext();
  if (!task) return null;
  return (
    <EvidenceFilesProvider task={task}>
    <ReferenceManyField reference="TaskUpdate" target="taskId" sort={{ field: 'reportedAt', order: 'DESC' }} perPage={100}>
      <DataTable
        bulkActionButtons={false}
        rowClick={false}
        empty={<Typography variant="body2">{translate('app.task.noUpdates')}</Typography>}
      >
        <DataTable.Col source="reportedAt" field={VietnamDateTimeField} />
        <DataTable.Col source="officialId" disableSort>
          <ReferenceField source="officialId" reference="Official" link="show" />
        </DataTable.Col>
        <DataTable.Col source="state" disableSort>
          <EnumField source="state" enumName="TaskState" />
        </DataTable.Col>
        <DataTable.Col source="percentDone" disableSort align="right">
          <LocaleNumberField source="percentDone" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort>
          <TextField source="note" />
        </DataTable.Col>
        <DataTable.Col source="evidenceLinks" disableSort>
          <LinksField source="evidenceLinks" />
        </DataTable.Col>
        <DataTable.Col label="app.evidence.files" disableSort>
          <EvidenceFilesCell />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
    </EvidenceFilesProvider>
  );
};
