import EvaluationIcon from '@mui/icons-material/FactCheck';
import type { RaRecord } from 'react-admin';
import { EvaluationCycleCreate } from './EvaluationCycleCreate.js';
import { EvaluationCycleList } from './EvaluationCycleList.js';
import { EvaluationCycleShow } from './EvaluationCycleShow.js';
import { EvaluationShow } from './EvaluationShow.js';

export { MyEvaluationPage } from './MyEvaluationPage.js';

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
