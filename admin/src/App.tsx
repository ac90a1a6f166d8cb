import { AccessDenied, Admin, AuthenticationError, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import accounts, { accountRoleResource } from './accounts/index.js';
import directives from './directives/index.js';
import indicators, { indicatorGroupResource } from './kpi-catalogue/index.js';
import indicatorResults from './kpi-results/index.js';
import documents from './documents/index.js';
import evaluationCycles, { evaluationResource, evaluationStepResource, MyEvaluationPage } from './evaluations/index.js';
import { withAccess } from './common/with-access.js';
import { Layout } from './layout/Layout.js';
import { CHANGE_PASSWORD_PATH } from './layout/session.js';
import { KPI_ACCOUNTABILITY_PATH, KPI_IMPORT_PATH } from './kpi-accountability/paths.js';
import { RequireAccess } from './kpi-accountability/RequireAccess.js';
import { LoginPage } from './login/LoginPage.js';
import officialAssignments from './official-assignments/index.js';
import officials from './officials/index.js';
import { authProvider, dataProvider, i18nProvider } from './providers/index.js';
import tasks from './tasks/index.js';
import { taskEventResource, taskUpdateResource } from './tasks/task-records.js';
import units from './units/index.js';
import { lazyPage } from './common/lazy-page.js';
import { TASK_IMPORT_PATH } from './task-import/paths.js';
import { CONCLUSION_SPLIT_PATH, OFFICIAL_ACCOUNTABILITY_PATH, REPORTS_PATH } from './reports/paths.js';

// Pages load when first opened: the first load is the login page and the layout.
const Dashboard = lazyPage(() => import('./home/Home.js'), 'Home');
const AccountabilityPage = lazyPage(() => import('./kpi-accountability/AccountabilityPage.js'), 'AccountabilityPage');
const TaskImportPage = lazyPage(() => import('./task-import/TaskImportPage.js'), 'TaskImportPage');
const ImportResultsPage = lazyPage(() => import('./kpi-import/ImportResultsPage.js'), 'ImportResultsPage');
const ChangePasswordPage = lazyPage(() => import('./password/ChangePasswordPage.js'), 'ChangePasswordPage');
const MyTasksPage = lazyPage(() => import('./tasks/TaskScopePages.js'), 'MyTasksPage');
const OfficialAccountabilityPage = lazyPage(() => import('./reports/OfficialAccountabilityPage.js'), 'OfficialAccountabilityPage');
const ReportsPage = lazyPage(() => import('./reports/ReportsPage.js'), 'ReportsPage');
const ConclusionSplitPage = lazyPage(() => import('./reports/ConclusionSplitPage.js'), 'ConclusionSplitPage');
const MyUnitPage = lazyPage(() => import('./tasks/TaskScopePages.js'), 'MyUnitPage');

// react-admin's own router adapter: the Route its <Routes> expect, without a second router import.
const { Route } = reactRouterProvider;

/**
 * Resource names are the GraphQL type names, as ra-data-graphql-simple expects. Every page
 * needs a signed-in account; `authProvider.canAccess` decides which menus, routes and buttons
 * each person gets.
 */
export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    dashboard={Dashboard}
    layout={Layout}
    accessDenied={AccessDenied}
    authenticationError={AuthenticationError}
    title="Theo dõi nhiệm vụ chỉ đạo"
    disableTelemetry
    requireAuth
  >
    <Resource name="Task" {...withAccess(tasks)} />
    <Resource name="Directive" {...withAccess(directives)} />
    <Resource name="Document" {...withAccess(documents)} />
    <Resource name="Official" {...withAccess(officials)} />
    <Resource name="Unit" {...withAccess(units)} />
    <Resource name="Account" {...withAccess(accounts)} />
    <Resource name="AccountRole" {...accountRoleResource} />
    <Resource name="OfficialAssignment" {...withAccess(officialAssignments)} />
    <Resource name="TaskUpdate" {...taskUpdateResource} />
    <Resource name="TaskEvent" {...taskEventResource} />
    <Resource name="EvaluationCycle" options={{ label: 'app.menu.evaluations' }} {...withAccess(evaluationCycles)} />
    <Resource name="Evaluation" {...withAccess(evaluationResource)} />
    <Resource name="EvaluationStep" {...evaluationStepResource} />
    <Resource name="IndicatorResult" {...withAccess(indicatorResults)} />
    <Resource name="Indicator" {...withAccess(indicators)} />
    <Resource name="IndicatorGroup" {...withAccess(indicatorGroupResource)} />
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      <Route path="/my-tasks" element={<MyTasksPage />} />
      <Route path="/my-unit" element={<MyUnitPage />} />
      <Route path="/my-evaluation" element={<MyEvaluationPage />} />
      <Route path={KPI_ACCOUNTABILITY_PATH} element={<RequireAccess resource="IndicatorResult" action="accountability"><AccountabilityPage /></RequireAccess>} />
      <Route path={TASK_IMPORT_PATH} element={<RequireAccess resource="Task" action="import"><TaskImportPage /></RequireAccess>} />
      <Route path={KPI_IMPORT_PATH} element={<RequireAccess resource="IndicatorResult" action="import"><ImportResultsPage /></RequireAccess>} />
      <Route path={OFFICIAL_ACCOUNTABILITY_PATH} element={<RequireAccess resource="reports" action="officials"><OfficialAccountabilityPage /></RequireAccess>} />
      <Route path={REPORTS_PATH} element={<RequireAccess resource="reports" action="download"><ReportsPage /></RequireAccess>} />
      <Route path={CONCLUSION_SPLIT_PATH} element={<RequireAccess resource="reports" action="conclusion"><ConclusionSplitPage /></RequireAccess>} />
    </CustomRoutes>
  </Admin>
);
