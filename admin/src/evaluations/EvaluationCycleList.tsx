import { CreateButton, DataTable, List, ReferenceField, TopToolbar, useCanAccess } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields.js';

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'EvaluationCycle', action: 'create' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
};

/** The cycles of the person's scope, newest year first; a row opens its board. */
export const EvaluationCycleList = () => (
  <List actions={<Actions />} sort={{ field: 'year', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="unitId" disableSort>
        <ReferenceField source="unitId" reference="Unit" link={false} />
      </DataTable.Col>
      <DataTable.Col source="opensOn" field={LocalDateField} disableSort />
      <DataTable.Col source="closesOn" field={LocalDateField} disableSort />
      <DataTable.Col source="state" disableSort>
        <EnumField source="state" enumName="CycleState" />
      </DataTable.Col>
      <DataTable.Col source="quotaPercent" disableSort />
    </DataTable>
  </List>
);
