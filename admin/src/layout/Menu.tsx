import MyTasksIcon from '@mui/icons-material/AssignmentInd';
import MyUnitIcon from '@mui/icons-material/HomeWork';
import MyEvaluationIcon from '@mui/icons-material/HowToReg';
import KpiAccountabilityIcon from '@mui/icons-material/Insights';
import KpiImportIcon from '@mui/icons-material/UploadFile';
import OfficialAccountabilityIcon from '@mui/icons-material/PeopleAlt';
import ReportsIcon from '@mui/icons-material/Summarize';
import ConclusionIcon from '@mui/icons-material/PlaylistAdd';
import { CONCLUSION_SPLIT_PATH, OFFICIAL_ACCOUNTABILITY_PATH, REPORTS_PATH } from '../reports/paths.js';
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
          case 'officialAccountability':
            return <Menu.Item key={entry} to={OFFICIAL_ACCOUNTABILITY_PATH} primaryText="app.menu.officialAccountability" leftIcon={<OfficialAccountabilityIcon />} />;
          case 'reports':
            return <Menu.Item key={entry} to={REPORTS_PATH} primaryText="app.menu.reports" leftIcon={<ReportsIcon />} />;
          case 'conclusionSplit':
            return <Menu.Item key={entry} to={CONCLUSION_SPLIT_PATH} primaryText="app.menu.conclusionSplit" leftIcon={<ConclusionIcon />} />;
          default:
            return <Menu.ResourceItem key={entry} name={entry} />;
        }
      })}
    </Menu>
  );
};
