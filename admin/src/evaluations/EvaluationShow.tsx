import { Box } from '@mui/material';
import { Show, TopToolbar, useGetOne, useRecordContext } from 'react-admin';
import { NotAvailable, showInPlaceOnError } from '../common/NotAvailable.js';
import { EvaluationDetails } from './EvaluationDetails.js';
import { PrintFormButton } from './ExportButtons.js';
import { WorkflowButtons } from './WorkflowButtons.js';

/** The workflow buttons of the evaluation, as on the board (nothing once the cycle is published). */
export const EvaluationActions = () => {
  const e = useRecordContext();
  const { data: cycle } = useGetOne('EvaluationCycle', { id: e?.cycleId }, { enabled: !!e });
  if (!e) return null;
  return (
    <TopToolbar>
      {cycle && <WorkflowButtons record={e} cycleOpen={cycle.state !== 'CLOSED'} />}
      <PrintFormButton evaluationId={e.id} />
    </TopToolbar>
  );
};

export const EvaluationShow = () => (
  <Show actions={<EvaluationActions />} error={<NotAvailable />} queryOptions={showInPlaceOnError}>
    <Box sx={{ p: 2 }}>
      <EvaluationDetails />
    </Box>
  </Show>
);
