import WarningIcon from '@mui/icons-material/WarningAmber';
import { Alert, AlertTitle, Chip, Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { chipStyle } from '../common/chip-tones.js';
import { formatDecimal2, periodMessage, type PeriodOf } from './kpi-format.js';

/** A Decimal2 value ("46.63") as 46,63 in Vietnamese. */
export const Decimal2Field = (props: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2">
      {formatDecimal2(value, locale)}
    </Typography>
  );
};

/** The result's period in words: "Quý 3/2026", "10 tháng đầu năm 2023". */
export const PeriodField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<PeriodOf & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const [key, args] = periodMessage(record);
  return (
    <Typography component="span" variant="body2">
      {translate(key, args)}
    </Typography>
  );
};

/** The "as published" warning chip, with what does not add up as its tooltip text. */
export const AsPublishedChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.asPublished) return null;
  return (
    <Chip
      size="small"
      icon={<WarningIcon />}
      sx={[chipStyle('orange', 'filled'), { '& .MuiChip-icon': { color: 'inherit' } }].flat()}
      label={translate('app.kpi.asPublished')}
      title={record.inconsistency ?? undefined}
    />
  );
};

/** The prominent version of the flag, with the inconsistency and the note. */
export const AsPublishedAlert = ({ result }: { result?: { asPublished?: boolean; inconsistency?: string | null; note?: string | null } | null }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const r = result ?? record;
  if (!r?.asPublished) return null;
  return (
    <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
      <AlertTitle>{translate('app.kpi.asPublished')}</AlertTitle>
      {r.inconsistency && <Typography variant="body2">{r.inconsistency}</Typography>}
      {r.note && (
        <Typography variant="body2" sx={{ mt: 0.5, fontStyle: 'italic' }}>
          {r.note}
        </Typography>
      )}
    </Alert>
  );
};
