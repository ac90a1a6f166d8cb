import { TextInput, useLocaleState, type TextInputProps, type Validator } from 'react-admin';

const DECIMAL2 = /^\s*-?\d+([.,]\d{1,2})?\s*$/;
const validDecimal: Validator = (value) => (value === null || value === undefined || value === '' || DECIMAL2.test(String(value)) ? undefined : 'app.kpi.decimalHelp');

/**
 * Points or a rate with two decimals at most, typed with a decimal comma or point; the API
 * takes either, so the text is sent as typed (no float on the way).
 */
export const Decimal2Input = ({ validate, ...props }: TextInputProps) => {
  const [locale] = useLocaleState();
  const validators = [validDecimal, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      {...props}
      format={(v: unknown) => (v === null || v === undefined ? '' : locale === 'vi' ? String(v).replace('.', ',') : String(v))}
      parse={(text: string) => (text.trim() ? text.trim() : null)}
      validate={validators}
      slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
    />
  );
};
