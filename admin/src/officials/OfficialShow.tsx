import {
  BooleanField, CanAccess, CreateButton, DataTable, EditButton, Labeled, ReferenceField, ReferenceManyField, Show, SimpleShowLayout,
  TextField, useRecordContext,
} from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';
import { TimelinessChip } from '../tasks/TimelinessChip.js';

const AddAssignmentButton = () => {
  const official = useRecordContext();
  if (!official) return null;
  return <CreateButton resource="OfficialAssignment" state={{ record: { officialId: official.id } }} />;
};

/** An official with the posts they held (who worked where, when) and the tasks they answer for. */
export const OfficialShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <EnumField source="category" enumName="OfficialCategory" />
      <ReferenceField source="currentUnitId" reference="Unit" link="show" emptyText="—" />
      <TextField source="currentPosition" emptyText="—" />
      <EnumField source="currentRole" enumName="PostRole" />
      <EnumField source="currentDutyGroup" enumName="DutyGroup" />
      <BooleanField source="isSample" />
      <Labeled label="resources.Official.fields.assignments" fullWidth>
        <>
          <ReferenceManyField reference="OfficialAssignment" target="officialId" sort={{ field: 'validFrom', order: 'DESC' }} perPage={100}>
            <DataTable bulkActionButtons={false} rowClick="edit">
              <DataTable.Col source="unitId">
                <ReferenceField source="unitId" reference="Unit" link="show" />
              </DataTable.Col>
              <DataTable.Col source="position" />
              <DataTable.Col source="role">
                <EnumField source="role" enumName="PostRole" />
              </DataTable.Col>
              <DataTable.Col source="dutyGroup">
                <EnumField source="dutyGroup" enumName="DutyGroup" />
              </DataTable.Col>
              <DataTable.Col source="validFrom" field={LocalDateField} />
              <DataTable.Col source="validTo" field={LocalDateField} />
              <DataTable.Col>
                <EditButton />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
          <AddAssignmentButton />
        </>
      </Labeled>
      <CanAccess resource="Task" action="list">
        <Labeled label="resources.Official.fields.responsibleTasks" fullWidth>
          <ReferenceManyField
            reference="Task"
            target="responsibleOfficialId"
            sort={{ field: 'deadline', order: 'DESC' }}
            perPage={25}
          >
            <DataTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="title" />
              <DataTable.Col source="deadline" field={LocalDateField} />
              <DataTable.Col source="state">
                <EnumField source="state" enumName="TaskState" />
              </DataTable.Col>
              <DataTable.Col source="timeliness" disableSort>
                <TimelinessChip />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Labeled>
      </CanAccess>
    </SimpleShowLayout>
  </Show>
);
