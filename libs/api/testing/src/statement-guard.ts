import { crossTenant, watchStatements, type DataSource, type StatementViolation } from '@pinzhi/db/platform';

/*
 * The statement guard in every API test (issue 17 §2; libs/db/src/statement-guard.ts): a SQL
 * statement the application runs that reaches tenant-owned rows without the tenant predicate
 * fails — at once (the statement throws instead of running) and, in case the application
 * swallowed that error, again when the test ends.
 */

const violations: StatementViolation[] = [];

export function guardStatements(dataSource: DataSource): void {
  watchStatements(dataSource, (violation) => {
    violations.push(violation);
    throw new Error(`Statement without the tenant predicate (${violation.tables.join(', ')}): ${violation.sql}`);
  });
}

/** Runs test code that reads or changes rows past the tenant scope on purpose (counting rows, setting up a state). */
export function pastTenantScope<R>(fn: () => R): R {
  return crossTenant('test harness', fn);
}

// Registered when a spec imports the testing library (hooks cannot be added once tests run).
const jestAfterEach = (globalThis as { afterEach?: (fn: () => void) => void }).afterEach;
if (jestAfterEach)
  jestAfterEach(() => {
    const found = violations.splice(0);
    if (found.length)
      throw new Error(
        `The application ran ${found.length} statement(s) without the tenant predicate:\n` +
          found.map((v) => `- ${v.tables.join(', ')}: ${v.sql}`).join('\n'),
      );
  });
