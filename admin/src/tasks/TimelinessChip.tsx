import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** Overdue is red, within deadline blue, done on time green, done late orange; no deadline stays neutral. */
const COLOURS: Record<string, { color: NonNullable<ChipProps['color']>; variant: ChipProps['variant'] }> = {
  OPEN_OVERDUE: { color: 'error', variant: 'filled' },
  OPEN_WITHIN_DEADLINE: { color: 'info', variant: 'outlined' },
  DONE_ON_TIME: { color: 'success', variant: 'filled' },
  DONE_LATE: { color: 'warning', variant: 'filled' },
  OPEN_NO_DEADLINE: { color: 'default', variant: 'outlined' },
  DONE_NO_DEADLINE: { color: 'success', variant: 'outlined' },
};

/** A task's timeliness (derived by the server) as a coloured chip; nothing for cancelled tasks. */
export const TimelinessChip = ({ source = 'timeliness', ...props }: Omit<FieldProps, 'source'> & { source?: string }) => {
  const value = useFieldValue({ ...props, source });
  const translate = useTranslate();
  if (!value) return null;
  const style = COLOURS[String(value)] ?? COLOURS.OPEN_NO_DEADLINE;
  return (
    <Chip
      size="small"
      color={style.color}
      variant={style.variant}
      label={translate(`enums.Timeliness.${value}`, { _: String(value) })}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};
