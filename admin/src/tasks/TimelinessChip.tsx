import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { chipStyle, type Tone } from '../common/chip-tones.js';
import { daysBetween, isIsoDate, todayInVietnam } from '../common/format.js';

/** Overdue is red, within deadline blue (orange within a week), done on time green, done late orange; no deadline stays neutral. */
const COLOURS: Record<string, { tone: Tone; variant: 'filled' | 'outlined' }> = {
  OPEN_OVERDUE: { tone: 'red', variant: 'filled' },
  OPEN_WITHIN_DEADLINE: { tone: 'blue', variant: 'outlined' },
  DONE_ON_TIME: { tone: 'green', variant: 'filled' },
  DONE_LATE: { tone: 'orange', variant: 'filled' },
  OPEN_NO_DEADLINE: { tone: 'neutral', variant: 'outlined' },
  DONE_NO_DEADLINE: { tone: 'green', variant: 'outlined' },
};

/** Within this many days an open task says how many are left. */
export const DUE_SOON_DAYS = 7;

/**
 * The chip's words: an open task within a week of its deadline says how many days are left
 * ("còn 2 ngày", "hạn hôm nay"), an overdue one by how many ("quá 3 ngày"), on Vietnam's calendar;
 * the others their timeliness.
 */
export function timelinessLabel(
  translate: (key: string, options?: Record<string, unknown>) => string,
  timeliness: string,
  deadline: unknown,
  today: string = todayInVietnam(),
): { label: string; soon: boolean } {
  if (isIsoDate(deadline)) {
    const left = daysBetween(today, deadline);
    if (timeliness === 'OPEN_OVERDUE' && left < 0) return { label: translate('app.deadline.overdue', { smart_count: -left }), soon: false };
    if (timeliness === 'OPEN_WITHIN_DEADLINE' && left >= 0 && left <= DUE_SOON_DAYS) {
      return { label: left === 0 ? translate('app.deadline.today') : translate('app.deadline.left', { smart_count: left }), soon: true };
    }
  }
  return { label: translate(`enums.Timeliness.${timeliness}`, { _: timeliness }), soon: false };
}

/** A task's timeliness (derived by the server) as a coloured chip; nothing for cancelled tasks. */
export const TimelinessChip = ({ source = 'timeliness' }: Omit<FieldProps, 'source'> & { source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (!value) return null;
  const style = COLOURS[String(value)] ?? COLOURS.OPEN_NO_DEADLINE;
  const { label, soon } = timelinessLabel(translate, String(value), record?.deadline);
  const { tone, variant } = soon ? { tone: 'orange' as const, variant: 'filled' as const } : style;
  return <Chip size="small" variant={variant} label={label} sx={[{ alignSelf: 'flex-start' }, chipStyle(tone, variant)].flat()} />;
};
