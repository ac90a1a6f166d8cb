import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard.js';
import directives from './directives/index.js';
import documents from './documents/index.js';
import { Layout } from './layout/Layout.js';
import officialAssignments from './official-assignments/index.js';
import officials from './officials/index.js';
import { dataProvider, i18nProvider } from './providers/index.js';
import tasks from './tasks/index.js';
import { taskEventResource, taskUpdateResource } from './tasks/task-records.js';
import units from './units/index.js';

/** Resource names are the GraphQL type names, as ra-data-graphql-simple expects. */
export const App = () => (
  <Admin
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    title="Theo dõi nhiệm vụ chỉ đạo"
    disableTelemetry
    requireAuth={false}
  >
    <Resource name="Task" {...tasks} />
    <Resource name="Directive" {...directives} />
    <Resource name="Document" {...documents} />
    <Resource name="Official" {...officials} />
    <Resource name="Unit" {...units} />
    <Resource name="OfficialAssignment" {...officialAssignments} />
    <Resource name="TaskUpdate" {...taskUpdateResource} />
    <Resource name="TaskEvent" {...taskEventResource} />
  </Admin>
);
