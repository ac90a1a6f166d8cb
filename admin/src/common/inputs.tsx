import { SelectInput, TextInput, useTranslate, type SelectInputProps, type TextInputProps, type Validator } from 'react-admin';
import type { LabelledEnum } from '../i18n/messages.js';
import { enumValues } from '../providers/schema.js';
import { formatLocalDate, isIsoDate, parseTypedDate } from './format.js';

const validDate: Validator = (value) => (value === null || value === undefined || value === '' || isIsoDate(value) ? undefined : 'app.date.invalid');

function parseDate(text: string): string | null {
  if (!text || !text.trim()) return null;
  // Kept as typed until it is a whole date, so the user can finish typing; validation flags it.
  return parseTypedDate(text) ?? text;
}

/**
 * A calendar date typed as dd/MM/yyyy (as Vietnamese users write it, whatever the browser's
 * language), stored as the API's YYYY-MM-DD.
 */
export const LocalDateInput = ({ validate, ...props }: TextInputProps) => {
  const translate = useTranslate();
  const validators = [validDate, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      {...props}
      format={(v: unknown) => formatLocalDate(v)}
      parse={parseDate}
      validate={validators}
      placeholder={translate('app.date.placeholder')}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
};

/** The choices of a schema enum; react-admin translates the `enums.<Enum>.<VALUE>` names. */
export function enumChoices(enumName: LabelledEnum, disabled: (value: string) => boolean = () => false) {
  return enumValues(enumName).map((value) => ({ id: value, name: `enums.${enumName}.${value}`, disabled: disabled(value) }));
}

export const EnumInput = ({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: LabelledEnum }) => (
  <SelectInput {...props} choices={enumChoices(enumName)} />
);
