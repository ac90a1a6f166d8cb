import { Box, Tab, Tabs, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { List, Loading, Navigate, usePermissions, useTranslate } from 'react-admin';
import { ownUnitIds, type Permissions } from '../providers/can-access.js';
import { listExporter } from '../common/lazy-exporter.js';
import { TaskListActions, TaskTable, taskFilters } from './TaskList.js';

/** Tabs over lists; only the open tab's list is rendered (and queried). */
const TabbedLists = ({ label, tabs }: { label: string; tabs: Array<{ key: string; label: string; content: ReactNode }> }) => {
  const [current, setCurrent] = useState(0);
  if (tabs.length === 1) return <>{tabs[0].content}</>;
  return (
    <Box>
      <Tabs value={current} onChange={(_e, value: number) => setCurrent(value)} aria-label={label} sx={{ mt: 1 }}>
        {tabs.map((t) => (
          <Tab key={t.key} label={t.label} />
        ))}
      </Tabs>
      {tabs[current].content}
    </Box>
  );
};

/** A task list with a fixed filter, keeping its own sort and page apart from the main list. */
const ScopedTaskList = ({ storeKey, title, filter, without }: { storeKey: string; title: string; filter: Record<string, unknown>; without: string[] }) => (
  <List
    resource="Task"
    storeKey={storeKey}
    disableSyncWithLocation
    title={title}
    filter={filter}
    filters={taskFilters(without)}
    exporter={listExporter}
    actions={<TaskListActions />}
    sort={{ field: 'deadline', order: 'ASC' }}
    perPage={25}
  >
    <TaskTable />
  </List>
);

/**
 * "Nhiệm vụ của tôi": the tasks the person answers for, and those they carry out. The API's
 * filters combine with AND, so the two are separate tabs.
 */
export const MyTasksPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  const title = translate('app.menu.myTasks');
  const officialId = permissions?.officialId;
  if (!officialId) {
    return <Typography sx={{ mt: 2 }}>{translate('app.myTasks.noOfficial')}</Typography>;
  }
  return (
    <TabbedLists
      label={title}
      tabs={[
        {
          key: 'responsible',
          label: translate('app.myTasks.responsible'),
          content: <ScopedTaskList storeKey="Task.mine.responsible" title={title} filter={{ responsibleOfficialId: officialId }} without={['responsibleOfficialId']} />,
        },
        {
          key: 'assignee',
          label: translate('app.myTasks.assignee'),
          content: <ScopedTaskList storeKey="Task.mine.assignee" title={title} filter={{ assigneeId: officialId }} without={[]} />,
        },
      ]}
    />
  );
};

/** "Đơn vị của tôi": the tasks led by the unit the person heads or works in, and the units under it. */
export const MyUnitPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending || !permissions) return <Loading />;
  const title = translate('app.menu.myUnit');
  const names = new Map(permissions.grants.map((g) => [g.unitId, g.unitName ?? `#${g.unitId}`]));
  const units = ownUnitIds(permissions);
  if (!units.length) return <Navigate to="/Task" replace />;
  return (
    <TabbedLists
      label={title}
      tabs={units.map((unitId) => ({
        key: unitId,
        label: names.get(unitId)!,
        content: (
          <ScopedTaskList
            storeKey={`Task.unit.${unitId}`}
            title={`${title}: ${names.get(unitId)}`}
            filter={{ unitId, includeSubunits: true }}
            without={['unitId', 'includeSubunits']}
          />
        ),
      }))}
    />
  );
};
