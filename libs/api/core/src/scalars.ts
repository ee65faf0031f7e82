import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@pinzhi/domain';

/**
 * The one calendar-date type of every argument and input field that takes a day: `YYYY-MM-DD`,
 * a real date (2026-02-30, 2026-13-45 and "NaN" are refused before any resolver runs), checked
 * by the same `isIsoDate` the web client and the Excel imports use. A refused value is
 * BAD_USER_INPUT; errors.ts adds the field path of the variable it came in.
 */
// A plain Error, not a GraphQLError: graphql-js then keeps it as the coercion error's
// `originalError`, whose `extensions` (the field reason) the error it reports inherits.
class InvalidLocalDate extends Error {
  readonly extensions = { reason: 'INVALID_FORMAT' };
  constructor() {
    super('must be a real calendar date like 2026-01-31');
  }
}

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new InvalidLocalDate();
}

export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day, YYYY-MM-DD (a real date: 2026-02-30 is refused)',
  serialize: (value) => parseLocalDate(value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
