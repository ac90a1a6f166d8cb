import { CanAccess, CreateButton, DataTable, Labeled, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';
import { TimelinessChip } from '../tasks/TimelinessChip.js';

const AddTaskButton = () => {
  const directive = useRecordContext();
  if (!directive) return null;
  return <CreateButton resource="Task" state={{ record: { directiveId: directive.id } }} />;
};

/** A directive and the tasks that carry it out. */
export const DirectiveShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="documentId" reference="Document" link="show" />
      <TextField source="number" />
      <TextField source="text" />
      {/* Tasks are for the roles that work with them; administrators see the directive alone. */}
      <CanAccess resource="Task" action="list">
        <Labeled label="resources.Directive.fields.tasks" fullWidth>
          <>
            <ReferenceManyField reference="Task" target="directiveId" sort={{ field: 'deadline', order: 'ASC' }} perPage={100}>
              <DataTable bulkActionButtons={false} rowClick="show">
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
            <AddTaskButton />
          </>
        </Labeled>
      </CanAccess>
    </SimpleShowLayout>
  </Show>
);
