import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput, BooleanInput, Button, CreateButton, DataTable, ExportButton, FilterButton, List, ReferenceField, ReferenceInput, SearchInput, TopToolbar,
  useCanAccess,
} from 'react-admin';
import { TASK_IMPORT_PATH } from '../task-import/paths.js';
import { EnumField, LocalDateField, LocaleNumberField } from '../common/fields.js';
import { EnumInput, LocalDateInput } from '../common/inputs.js';
import { TimelinessChip } from './TimelinessChip.js';
import { listExporter } from '../common/lazy-exporter.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="resources.Task.fields.unitId" />
  </ReferenceInput>,
  <BooleanInput key="includeSubunits" source="includeSubunits" defaultValue />,
  <EnumInput key="state" source="state" enumName="TaskState" />,
  <EnumInput key="timeliness" source="timeliness" enumName="Timeliness" />,
  <LocalDateInput key="deadlineFrom" source="deadlineFrom" />,
  <LocalDateInput key="deadlineTo" source="deadlineTo" />,
  <ReferenceInput key="directiveId" source="directiveId" reference="Directive" sort={{ field: 'documentId', order: 'DESC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="responsibleOfficialId" source="responsibleOfficialId" reference="Official" sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
];

/** The filters of the task list; `without` drops those a page fixes itself. */
export function taskFilters(without: string[] = []) {
  return filters.filter((f) => !without.includes(f.key as string));
}

export const TaskListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ImportTasksButton />
    <ExportButton />
  </TopToolbar>
);

/** "Nhập từ tệp": to the task import, for those who may create tasks. */
const ImportTasksButton = () => {
  const { canAccess } = useCanAccess({ resource: 'Task', action: 'import' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={TASK_IMPORT_PATH} label="app.task.import.button">
      <UploadFileIcon />
    </Button>
  );
};

/** The columns of a task list: what, who, when, how far. */
export const TaskTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="title" />
    <DataTable.Col source="leadUnitId">
      <ReferenceField source="leadUnitId" reference="Unit" link={false} />
    </DataTable.Col>
    <DataTable.Col source="responsibleOfficialId">
      <ReferenceField source="responsibleOfficialId" reference="Official" link={false} emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="deadline">
      <LocalDateField source="deadline" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="state">
      <EnumField source="state" enumName="TaskState" />
    </DataTable.Col>
    <DataTable.Col source="timeliness" disableSort>
      <TimelinessChip />
    </DataTable.Col>
    <DataTable.Col source="percentDone" align="right">
      <LocaleNumberField source="percentDone" />
    </DataTable.Col>
  </DataTable>
);

/** Tasks by deadline, soonest first; the search ignores case and Vietnamese diacritics (server side). */
export const TaskList = () => (
  <List filters={filters} exporter={listExporter} actions={<TaskListActions />} sort={{ field: 'deadline', order: 'ASC' }} perPage={25}>
    <TaskTable />
  </List>
);
