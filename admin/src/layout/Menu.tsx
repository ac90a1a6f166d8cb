import MyTasksIcon from '@mui/icons-material/AssignmentInd';
import MyUnitIcon from '@mui/icons-material/HomeWork';
import MyEvaluationIcon from '@mui/icons-material/HowToReg';
import KpiAccountabilityIcon from '@mui/icons-material/Insights';
import KpiImportIcon from '@mui/icons-material/UploadFile';
import { KPI_ACCOUNTABILITY_PATH, KPI_IMPORT_PATH } from '../kpi-accountability/paths.js';
import { Menu, usePermissions, useTranslate } from 'react-admin';
import { menuEntries, type Permissions } from '../providers/can-access.js';

/** The main menu, by role (see `menuEntries`); resource entries also ask `canAccess` for the list. */
export const PanelMenu = () => {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  return (
    <Menu role="navigation" aria-label={translate('app.menu.label')}>
      {menuEntries(permissions).map((entry) => {
        switch (entry) {
          case 'dashboard':
            return <Menu.DashboardItem key={entry} />;
          case 'myTasks':
            return <Menu.Item key={entry} to="/my-tasks" primaryText="app.menu.myTasks" leftIcon={<MyTasksIcon />} />;
          case 'myUnit':
            return <Menu.Item key={entry} to="/my-unit" primaryText="app.menu.myUnit" leftIcon={<MyUnitIcon />} />;
          case 'myEvaluation':
            return <Menu.Item key={entry} to="/my-evaluation" primaryText="app.menu.myEvaluation" leftIcon={<MyEvaluationIcon />} />;
          case 'kpiAccountability':
            return <Menu.Item key={entry} to={KPI_ACCOUNTABILITY_PATH} primaryText="app.menu.kpiAccountability" leftIcon={<KpiAccountabilityIcon />} />;
          case 'kpiImport':
            return <Menu.Item key={entry} to={KPI_IMPORT_PATH} primaryText="app.menu.kpiImport" leftIcon={<KpiImportIcon />} />;
          default:
            return <Menu.ResourceItem key={entry} name={entry} />;
        }
      })}
    </Menu>
  );
};
