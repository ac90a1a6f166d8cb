import { DataTable, List, useCanAccess } from 'react-admin';
import { Decimal2Field } from '../kpi-results/kpi-fields.js';

/** The six groups of Decision 766 and their maxima (18 + 20 + 12 + 10 + 18 + 22 = 100). */
export const IndicatorGroupList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'IndicatorGroup', action: 'edit' });
  return (
  <List sort={{ field: 'sortOrder', order: 'ASC' }} perPage={50} pagination={false} exporter={false}>
    <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="nameVi" />
      <DataTable.Col source="nameEn" />
      <DataTable.Col source="max" field={Decimal2Field} />
    </DataTable>
  </List>
  );
};
