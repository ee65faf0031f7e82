import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

/** The GraphQL shape of a row import's problems, the same for every import (standards, employees, costs). */
@ObjectType('ImportRowError', { description: 'A problem with one cell of an imported sheet; clients word it from reason and params' })
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Spreadsheet row number (1 = header)' }) row!: number;
  @Field({ description: 'Column header as in the sheet' }) column!: string;
  @Field() field!: string;
  @Field({ description: 'REQUIRED, TOO_LONG, TOO_SHORT, OUT_OF_RANGE, INVALID_FORMAT, INVALID_VALUE, NOT_FOUND, TAKEN' }) reason!: string;
  @Field({ description: 'English, for API users; the web translates reason + params' }) message!: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'value (what the cell held), row (the other row of a duplicate), min/max, expected, column',
  })
  params?: Record<string, unknown> | null;
}
