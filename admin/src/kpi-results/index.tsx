import ResultIcon from '@mui/icons-material/Leaderboard';
import { PeriodField } from './kpi-fields.js';
import { IndicatorResultCreate } from './IndicatorResultCreate.js';
import { IndicatorResultList } from './IndicatorResultList.js';
import { IndicatorResultShow } from './IndicatorResultShow.js';

/** Results of the national public-service index, per unit and period. */
export default {
  list: IndicatorResultList,
  show: IndicatorResultShow,
  create: IndicatorResultCreate,
  icon: ResultIcon,
  // The period in words ("10 tháng đầu năm 2023"), in the page title and references.
  recordRepresentation: <PeriodField />,
};
