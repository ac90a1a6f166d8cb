import { Chip, Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate, type FieldProps } from 'react-admin';
import type { LabelledEnum } from '../i18n/messages.js';
import { formatDateTimeVietnam, formatLocalDate, formatNumber } from './format.js';

/** A calendar date (LocalDate) as dd/MM/yyyy, never shifted by the browser's time zone. */
export const LocalDateField = (props: FieldProps & { emptyText?: string }) => {
  const value = useFieldValue(props);
  return (
    <Typography component="span" variant="body2">
      {value ? formatLocalDate(value) : (props.emptyText ?? '')}
    </Typography>
  );
};

/** An instant as dd/MM/yyyy HH:mm in Vietnam time. */
export const VietnamDateTimeField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDateTimeVietnam(value)}
    </Typography>
  );
};

/** The label of an enum value, in the current language. */
export const EnumField = ({ enumName, chip, ...props }: FieldProps & { enumName: LabelledEnum; chip?: boolean }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value === null || value === undefined) return null;
  const label = translate(`enums.${enumName}.${value}`, { _: String(value) });
  if (chip) return <Chip size="small" label={label} />;
  return (
    <Typography component="span" variant="body2">
      {label}
    </Typography>
  );
};

/** Evidence and other links, one per line, opened in a new tab. */
export const LinksField = (props: FieldProps) => {
  const value = useFieldValue(props) as string[] | undefined;
  if (!value?.length) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'flex', flexDirection: 'column' }}>
      {value.map((href) => (
        <a key={href} href={href} target="_blank" rel="noreferrer noopener">
          {href}
        </a>
      ))}
    </Typography>
  );
};


/** A number in the current language's notation (decimal comma in Vietnamese). */
export const LocaleNumberField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  if (value === null || value === undefined) return null;
  return (
    <Typography component="span" variant="body2">
      {formatNumber(Number(value), locale)}
    </Typography>
  );
};
