import EvaluationIcon from '@mui/icons-material/FactCheck';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const EvaluationCycleCreate = lazyPage(() => import('./EvaluationCycleCreate.js'), 'EvaluationCycleCreate');
const EvaluationCycleList = lazyPage(() => import('./EvaluationCycleList.js'), 'EvaluationCycleList');
const EvaluationCycleShow = lazyPage(() => import('./EvaluationCycleShow.js'), 'EvaluationCycleShow');
const EvaluationShow = lazyPage(() => import('./EvaluationShow.js'), 'EvaluationShow');

export const MyEvaluationPage = lazyPage(() => import('./MyEvaluationPage.js'), 'MyEvaluationPage');

/** "Đánh giá, xếp loại": the cycles, each opening its board. */
export default {
  list: EvaluationCycleList,
  show: EvaluationCycleShow,
  create: EvaluationCycleCreate,
  icon: EvaluationIcon,
  recordRepresentation: (record: RaRecord) => String(record.year),
};

/** One evaluation, opened from a board. */
export const evaluationResource = {
  show: EvaluationShow,
  recordRepresentation: (record: RaRecord) => record.position,
};

/** Steps are shown on their evaluation's page. */
export const evaluationStepResource = {
  recordRepresentation: (record: RaRecord) => record.action,
};
