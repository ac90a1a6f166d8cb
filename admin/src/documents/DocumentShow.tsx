import {
  BooleanField, CanAccess, CreateButton, DataTable, Labeled, ReferenceField, ReferenceManyCount, ReferenceManyField, Show,
  SimpleShowLayout, TextField, useRecordContext,
} from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';

const AddDirectiveButton = () => {
  const document = useRecordContext();
  if (!document) return null;
  return <CreateButton resource="Directive" state={{ record: { documentId: document.id } }} />;
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
    </SimpleShowLayout>
  </Show>
);
