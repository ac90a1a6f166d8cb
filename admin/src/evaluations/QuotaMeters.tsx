import TuneIcon from '@mui/icons-material/Tune';
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BooleanInput, Button, TextInput, maxValue, minValue, required, useCanAccess, useDataProvider, useTranslate, type Identifier,
} from 'react-admin';
import { ActionDialog, type FieldValues } from '../common/ActionDialog.js';
import { IntegerInput } from '../common/number-inputs.js';
import type { AppDataProvider } from '../providers/index.js';
import type { QuotaStatus } from '../providers/evaluation-methods.js';

/** The ratio the law allows without a decision (Decree 90/2020, Decree 335/2025). */
export const LEGAL_QUOTA_PERCENT = 20;

/** The quota meters of a cycle, as the server counts them; `refresh()` (after any step) reloads them. */
export function useEvaluationQuotas(cycleId: Identifier | undefined) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['evaluationQuotas', String(cycleId)],
    queryFn: async () => (await dataProvider.evaluationQuotas({ cycleId: cycleId! })).data,
    enabled: cycleId !== undefined,
  });
}

/** "Hạn mức xuất sắc": HR sets a unit's ratio (above 20 by a recorded decision) and whether it counts per duty group. */
export const UnitQuotaButton = ({ cycleId, unitId, unitName, current }: { cycleId: Identifier; unitId: string; unitName: string; current: QuotaStatus }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'EvaluationCycle', action: 'setQuota', record: { unitId } });
  if (!canAccess) return null;
  const decisionNeeded = (value: unknown, all: FieldValues) =>
    Number(all.quotaPercent) > LEGAL_QUOTA_PERCENT && !String(value ?? '').trim() ? translate('app.evaluation.unitQuota.decisionRequired') : undefined;
  const outOfRange = translate('app.evaluation.unitQuota.integer');
  return (
    <>
      <Button
        label="app.evaluation.unitQuota.button" onClick={() => setOpen(true)} size="small"
        aria-label={translate('app.evaluation.unitQuota.buttonFor', { unit: unitName })}
      >
        <TuneIcon />
      </Button>
      <ActionDialog
        open={open} onClose={() => setOpen(false)} title={translate('app.evaluation.unitQuota.title', { unit: unitName })}
        intro={translate('app.evaluation.unitQuota.intro')} submitLabel="ra.action.save" doneMessage="app.evaluation.unitQuota.done" showError
        defaultValues={{ quotaPercent: current.quotaPercent, quotaDecision: current.quotaDecision ?? '', quotaByDutyGroup: current.quotaByDutyGroup }}
        run={(v) => dataProvider.setUnitQuota({
          cycleId, unitId, quotaPercent: Number(v.quotaPercent), quotaDecision: v.quotaDecision, quotaByDutyGroup: !!v.quotaByDutyGroup,
        })}
      >
        <IntegerInput
          source="quotaPercent" label="app.evaluation.unitQuota.percent" helperText="app.evaluation.unitQuota.percentHint"
          validate={[required(), minValue(LEGAL_QUOTA_PERCENT, outOfRange), maxValue(100, outOfRange)]} fullWidth
        />
        <TextInput
          source="quotaDecision" label="app.evaluation.unitQuota.decision" helperText="app.evaluation.unitQuota.decisionHint"
          validate={decisionNeeded} fullWidth multiline minRows={2}
        />
        <BooleanInput source="quotaByDutyGroup" label="app.evaluation.unitQuota.byDutyGroup" helperText="app.evaluation.unitQuota.byDutyGroupHint" />
      </ActionDialog>
    </>
  );
};

/**
 * "Xuất sắc: 1 / tối đa 1" per unit and quota group, counted by the server (decided ratings,
 * the unit's own ratio), the proposals not yet decided with what they would allow, and the
 * unit's quota button for HR.
 */
export const QuotaMeters = ({ cycleId, cycleOpen, unitIds, quotaGroup, unitNames }: {
  cycleId: Identifier;
  cycleOpen: boolean;
  /** the units shown (the board's filter) */
  unitIds: string[];
  /** one group only; '' for all */
  quotaGroup: string;
  unitNames: Map<string, string>;
}) => {
  const translate = useTranslate();
  const { data = [], isPending } = useEvaluationQuotas(cycleId);
  const groupLabel = (g: string) => (g === 'ALL' ? translate('app.evaluation.wholeUnit') : translate(`enums.DutyGroup.${g}`, { _: g }));
  const shown = data.filter((q) => unitIds.includes(q.unitId) && (!quotaGroup || q.quotaGroup === quotaGroup));
  const units = [...new Set(shown.map((q) => q.unitId))];
  return (
    <Box component="section" aria-label={translate('app.evaluation.quota')} sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', my: 2 }}>
      {isPending && <Typography variant="body2">{translate('app.evaluation.quotaLoading')}</Typography>}
      {units.map((unitId) => {
        const unitName = unitNames.get(unitId) ?? unitId;
        const groups = shown.filter((q) => q.unitId === unitId);
        return (
          <Box key={unitId} sx={{ border: '1px solid', borderColor: 'divider', borderRadius: 1, p: 1, minWidth: 240 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
              <Typography variant="subtitle2" component="h3">{unitName}</Typography>
              {cycleOpen && <UnitQuotaButton cycleId={cycleId} unitId={unitId} unitName={unitName} current={groups[0]} />}
            </Stack>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {groups.map((q) => {
                const over = q.outstanding > q.allowed;
                const label = `${unitName} — ${groupLabel(q.quotaGroup)}`;
                return (
                  <Box
                    key={q.quotaGroup} role="status" aria-label={label}
                    sx={{ border: '1px solid', borderColor: over ? 'error.main' : 'divider', borderRadius: 1, px: 1.5, py: 1 }}
                  >
                    <Typography variant="caption" component="div">{label}</Typography>
                    <Typography variant="body2" component="div" sx={{ fontWeight: 600, color: over ? 'error.main' : undefined }}>
                      {translate('app.evaluation.quotaMeter', { outstanding: q.outstanding, allowed: q.allowed })}
                      {over && ` (${translate('app.evaluation.quotaOver')})`}
                    </Typography>
                    <Typography variant="caption" component="div" color="text.secondary">
                      {translate('app.evaluation.quotaDetail', { good: q.good, percent: q.quotaPercent, members: q.members })}
                    </Typography>
                    {/* what HR can plan on: the proposals not yet decided, and the allowance once they are */}
                    {q.proposedGood + q.proposedOutstanding > 0 && (
                      <Typography
                        variant="caption" component="div"
                        sx={{ color: q.outstanding + q.proposedOutstanding > q.allowedIfProposed ? 'warning.dark' : 'text.secondary', maxWidth: 320 }}
                      >
                        {translate('app.evaluation.quotaProposed', { outstanding: q.proposedOutstanding, good: q.proposedGood, allowed: q.allowedIfProposed })}
                      </Typography>
                    )}
                    {q.quotaDecision && (
                      <Typography variant="caption" component="div" color="text.secondary" sx={{ maxWidth: 320 }}>
                        {translate('app.evaluation.quotaDecision', { decision: q.quotaDecision })}
                      </Typography>
                    )}
                  </Box>
                );
              })}
            </Stack>
          </Box>
        );
      })}
    </Box>
  );
};
