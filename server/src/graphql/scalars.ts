import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../dates.js';
import { InputError } from '../errors.js';

/**
 * A calendar date in Vietnam, YYYY-MM-DD, never an instant: it cannot shift by a day between
 * time zones. A malformed value is a user error; the argument's name is added when the error
 * is formatted, since a scalar does not know where it stands.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date (YYYY-MM-DD) in Vietnam, without time or time zone',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new TypeError(`LocalDate cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new InputError('input.malformedDate', { value: String(value) });
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isCalendarDate(ast.value)) return ast.value;
    throw new InputError('input.malformedDate', { value: ast.kind === Kind.STRING ? ast.value : ast.kind });
  },
});
