import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button, SelectInput, required, useCanAccess, useDataProvider, useGetList, useLocaleState, useRecordContext, useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import { formatDateTimeVietnam } from '../common/format.js';
import type { UnitRatingRow } from '../providers/evaluation-methods.js';
import type { AppDataProvider } from '../providers/index.js';
import { kpiLine, levelChoices, parseUnitEvidence } from './levels.js';

/** "Xác nhận xếp loại đơn vị": a leader of the level above confirms or corrects a unit's own rating. */
const ConfirmButton = ({ rating }: { rating: UnitRatingRow }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'UnitRating', action: 'confirm', record: { unitId: rating.unitId, parentId: rating.unit.parentId } });
  if (!canAccess) return null;
  const unit = rating.unit.name;
  return (
    <>
      <Button
        label="app.evaluation.unitRatings.confirm.button" size="small" variant="outlined" onClick={() => setOpen(true)}
        aria-label={translate('app.evaluation.unitRatings.confirm.buttonFor', { unit })}
      />
      <ActionDialog
        open={open} onClose={() => setOpen(false)} title={translate('app.evaluation.unitRatings.confirm.title', { unit })}
        intro={translate('app.evaluation.unitRatings.confirm.intro')} submitLabel="app.evaluation.unitRatings.confirm.button"
        doneMessage="app.evaluation.unitRatings.confirm.done" showError defaultValues={{ level: rating.confirmedLevel ?? rating.derivedLevel ?? null }}
        run={(v) => dataProvider.confirmUnitRating({ unitId: rating.unitId, year: rating.year, level: v.level })}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>{rating.derivationText}</Typography>
        <SelectInput source="level" label="app.evaluation.unitRatings.confirm.level" choices={levelChoices()} validate={required()} fullWidth />
      </ActionDialog>
    </>
  );
};

/**
 * The unit ratings of the cycle's year for the units of the cycle: the level derived from the
 * unit's figures and why, its public-service index, and the level the level above confirmed.
 */
export const UnitRatings = () => {
  const cycle = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'UnitRating', action: 'list' });
  const year = cycle ? Number(cycle.year) : 0;
  const { data: ratings = [] } = useQuery({
    queryKey: ['unitRatings', year, locale],
    queryFn: async () => (await dataProvider.unitRatings({ year })).data,
    enabled: !!cycle && !!canAccess,
  });
  // The units of the cycle: its unit and those under it.
  const { data: units = [] } = useGetList(
    'Unit', { filter: { withinUnitId: cycle?.unitId }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: !!cycle && !!canAccess },
  );
  if (!cycle || !canAccess) return null;
  const inCycle = new Set(units.map((u) => String(u.id)));
  const rows = ratings.filter((r) => inCycle.has(String(r.unitId)));
  const level = (value: string | null) => (value ? translate(`enums.RatingLevel.${value}`) : '—');
  const title = translate('app.evaluation.unitRatings.title', { year: cycle.year });
  return (
    <Box component="section" aria-label={title} sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" gutterBottom>{title}</Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('app.evaluation.unitRatings.none')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {['unit', 'derived', 'derivation', 'kpi', 'confirmed', 'confirmedAt'].map((k) => (
                <TableCell key={k}>{translate(`app.evaluation.unitRatings.${k}`)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const kpi = parseUnitEvidence(r.evidence).kpi;
              return (
                <TableRow key={r.id}>
                  <TableCell component="th" scope="row">{r.unit.name}</TableCell>
                  <TableCell>{level(r.derivedLevel)}</TableCell>
                  <TableCell sx={{ maxWidth: 380 }}><Typography variant="caption">{r.derivationText}</Typography></TableCell>
                  <TableCell sx={{ maxWidth: 260 }}>
                    <Typography variant="caption">{kpi ? kpiLine(kpi, locale, translate) : translate('app.evaluation.kpi.none')}</Typography>
                  </TableCell>
                  <TableCell>{r.confirmedLevel ? level(r.confirmedLevel) : translate('app.evaluation.unitRatings.notConfirmed')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.confirmedAt ? formatDateTimeVietnam(r.confirmedAt) : '—'}</TableCell>
                  <TableCell>{cycle.state !== 'CLOSED' && <ConfirmButton rating={r} />}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
