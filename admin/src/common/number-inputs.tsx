import { TextInput, useLocaleState, type TextInputProps, type Validator } from 'react-admin';

// Number fields as text fields: the browser's own number field drops a decimal comma ("27,5"
// becomes 275 or nothing) and answers in its own language. These take what is typed, keep it
// when it is not a number, and say why in the reader's language before anything is sent.

type Bounds = { min?: number; max?: number };
type NumberInputProps = Omit<TextInputProps, 'type' | 'parse' | 'format'> & Bounds;

const WHOLE = /^-?\d+$/;
/** A decimal with a comma or a point, as typed in Vietnamese or in English. */
const DECIMAL = /^-?\d+([.,]\d+)?$/;

const empty = (v: unknown) => v === null || v === undefined || v === '';

function bounded(value: number, { min, max }: Bounds) {
  if (min !== undefined && max !== undefined && (value < min || value > max)) return { message: 'app.number.range', args: { min, max } };
  if (min === 0 && value < 0) return 'app.number.notNegative';
  if (min !== undefined && value < min) return { message: 'app.number.atLeast', args: { min } };
  if (max !== undefined && value > max) return { message: 'app.number.atMost', args: { max } };
  return undefined;
}

/** A whole number: "1,5", "1.5", "abc" are refused with a sentence, not rounded or dropped. */
export const wholeNumber = (bounds: Bounds = {}): Validator => (value) => {
  if (empty(value)) return undefined;
  if (typeof value === 'string') return /^-?\d+[.,]\d*$/.test(value.trim()) ? 'app.number.wholeNumber' : 'app.number.notANumber';
  return Number.isInteger(value) ? bounded(Number(value), bounds) : 'app.number.wholeNumber';
};

/** A number that may have decimals, typed with a comma or a point. */
export const decimalNumber = (bounds: Bounds = {}): Validator => (value) => {
  if (empty(value)) return undefined;
  if (typeof value === 'string') return 'app.number.decimal';
  return bounded(Number(value), bounds);
};

const validators = (own: Validator, validate: TextInputProps['validate']) => [own, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];

export const IntegerInput = ({ min, max, validate, ...props }: NumberInputProps) => (
  <TextInput
    {...props}
    format={(v: unknown) => (empty(v) ? '' : String(v))}
    parse={(text: string) => {
      const t = text.trim();
      return t === '' ? null : WHOLE.test(t) ? Number(t) : text;
    }}
    validate={validators(wholeNumber({ min, max }), validate)}
    slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
  />
);

export const DecimalInput = ({ min, max, validate, ...props }: NumberInputProps) => {
  const [locale] = useLocaleState();
  return (
    <TextInput
      {...props}
      // shown with the reader's decimal mark; what is being typed is left as typed
      format={(v: unknown) => (empty(v) ? '' : typeof v === 'number' && locale === 'vi' ? String(v).replace('.', ',') : String(v))}
      parse={(text: string) => {
        const t = text.trim();
        return t === '' ? null : DECIMAL.test(t) ? Number(t.replace(',', '.')) : text;
      }}
      validate={validators(decimalNumber({ min, max }), validate)}
      slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
    />
  );
};
