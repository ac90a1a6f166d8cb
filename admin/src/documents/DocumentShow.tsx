import { Box } from '@mui/material';
import {
  BooleanField, CanAccess, CreateButton, DataTable, Labeled, ReferenceField, ReferenceManyCount, ReferenceManyField, Show,
  SimpleShowLayout, TextField, useDataProvider, useRecordContext,
} from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';
import type { AppDataProvider } from '../providers/index.js';
import { DownloadButton } from '../reports/DownloadButton.js';

const AddDirectiveButton = () => {
  const document = useRecordContext();
  if (!document) return null;
  return <CreateButton resource="Directive" state={{ record: { documentId: document.id } }} />;
};

/** The follow-up report of the document: each directive, its tasks, their state and result. */
const FollowUpReport = () => {
  const document = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  if (!document) return null;
  const documentId = String(document.id);
  return (
    <CanAccess resource="Task" action="list">
      <Labeled label="app.reports.conclusionReport" fullWidth>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <DownloadButton label="app.reports.downloadXlsx" load={() => dataProvider.conclusionReport({ documentId, format: 'XLSX' })} />
          <DownloadButton label="app.reports.downloadDocx" load={() => dataProvider.conclusionReport({ documentId, format: 'DOCX' })} />
        </Box>
      </Labeled>
    </CanAccess>
  );
};

/** A source document with its numbered directives and how many tasks each became. */
export const DocumentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="number" />
      <TextField source="title" />
      <EnumField source="kind" enumName="DocumentKind" />
      <LocalDateField source="issuedOn" />
      <ReferenceField source="issuingUnitId" reference="Unit" link="show" />
      <ReferenceField source="signerOfficialId" reference="Official" link="show" emptyText="—" />
      <TextField source="summary" emptyText="—" />
      <BooleanField source="isSample" />
      <Labeled label="resources.Document.fields.directives" fullWidth>
        <>
          <ReferenceManyField reference="Directive" target="documentId" sort={{ field: 'number', order: 'ASC' }} perPage={100}>
            <DataTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="number" />
              <DataTable.Col source="text" />
              <DataTable.Col label="resources.Directive.fields.tasks" disableSort>
                {/* Counting tasks is reading them: administrators do not. */}
                <CanAccess resource="Task" action="list">
                  <ReferenceManyCount reference="Task" target="directiveId" />
                </CanAccess>
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
          <AddDirectiveButton />
        </>
      </Labeled>
      <FollowUpReport />
    </SimpleShowLayout>
  </Show>
);
