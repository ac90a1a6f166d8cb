import ResultIcon from '@mui/icons-material/Leaderboard';
import { PeriodField } from './kpi-fields.js';
import { lazyPage } from '../common/lazy-page.js';
const IndicatorResultCreate = lazyPage(() => import('./IndicatorResultCreate.js'), 'IndicatorResultCreate');
const IndicatorResultList = lazyPage(() => import('./IndicatorResultList.js'), 'IndicatorResultList');
const IndicatorResultShow = lazyPage(() => import('./IndicatorResultShow.js'), 'IndicatorResultShow');

/** Results of the national public-service index, per unit and period. */
export default {
  list: IndicatorResultList,
  show: IndicatorResultShow,
  create: IndicatorResultCreate,
  icon: ResultIcon,
  // The period in words ("10 tháng đầu năm 2023"), in the page title and references.
  recordRepresentation: <PeriodField />,
};
