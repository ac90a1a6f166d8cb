import { GraphQLScalarType, Kind } from 'graphql';
import { InputError } from '../errors.js';

/**
 * A number with two decimals (KPI scores, rates in %), held as an integer count of hundredths so
 * that 12.3 + 18.5 is exactly 30.8 on every database and in every sum. It travels as a string
 * ("46.63"); input may be a string with a decimal comma or point ("46,63") or a JSON number.
 */
export function parseHundredths(value: unknown): number | null {
  if (typeof value === 'number') {
    const scaled = Math.round(value * 100);
    return Number.isFinite(value) && Math.abs(value * 100 - scaled) < 1e-6 ? scaled : null;
  }
  if (typeof value !== 'string') return null;
  const m = /^\s*(-?)(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(value);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

export function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const Decimal2 = new GraphQLScalarType<number, string>({
  name: 'Decimal2',
  description: 'A number with at most two decimals, exact: "46.63" (input also "46,63" or 46.63)',
  serialize(value) {
    if (typeof value === 'number' && Number.isInteger(value)) return formatHundredths(value);
    throw new TypeError(`Decimal2 cannot represent ${String(value)}`);
  },
  parseValue(value) {
    const parsed = parseHundredths(value);
    if (parsed === null) throw new InputError('input.malformedNumber', { value: String(value) });
    return parsed;
  },
  parseLiteral(ast) {
    const raw = ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT ? ast.value : null;
    const parsed = raw === null ? null : parseHundredths(ast.kind === Kind.STRING ? raw : Number(raw));
    if (parsed === null) throw new InputError('input.malformedNumber', { value: raw ?? ast.kind });
    return parsed;
  },
});
