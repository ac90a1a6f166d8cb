import { Alert, AlertTitle } from '@mui/material';
import { useTranslate, type Identifier } from 'react-admin';
import { useEvaluationQuotas } from './QuotaMeters.js';
import { quotaOverruns, type PlannedDecision } from './quota-forecast.js';

/**
 * Before a decision is sent: the quota groups it would take over their outstanding quota, with the
 * figures, so the person deciding can change a level first instead of meeting the server's refusal.
 */
export const QuotaForecast = ({ cycleId, planned, unitName }: { cycleId: Identifier; planned: PlannedDecision[]; unitName: (unitId: string) => string }) => {
  const translate = useTranslate();
  const { data: statuses = [] } = useEvaluationQuotas(cycleId);
  const overruns = quotaOverruns(statuses, planned);
  if (overruns.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }}>
      <AlertTitle>{translate('app.evaluation.forecast.title')}</AlertTitle>
      {overruns.map((o) => (
        <div key={`${o.unitId}|${o.quotaGroup}`}>
          {translate('app.evaluation.forecast.line', {
            unit: unitName(o.unitId),
            group: o.quotaGroup === 'ALL' ? translate('app.evaluation.wholeUnit') : translate(`enums.DutyGroup.${o.quotaGroup}`, { _: o.quotaGroup }),
            outstanding: o.outstanding, allowed: o.allowed, good: o.good, percent: o.percent,
          })}
        </div>
      ))}
      {translate('app.evaluation.forecast.advice')}
    </Alert>
  );
};
