/** Thrown by the data layer; the API maps them to NOT_FOUND / CONFLICT. */
export class EntityNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
    this.name = 'EntityNotFoundError';
  }
}

export class StaleVersionError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`${entity} ${id} was changed by someone else (your version ${expected}, current ${actual})`);
    this.name = 'StaleVersionError';
  }
}

/** A unique key was violated; `constraint` is the index name when the driver reports it. */
export class UniqueViolationError extends Error {
  constructor(readonly constraint: string | null) {
    super(`unique constraint violated${constraint ? `: ${constraint}` : ''}`);
    this.name = 'UniqueViolationError';
  }
}

/** Recognises a duplicate-key error from either driver and names the index if it can. */
export function asUniqueViolation(error: unknown): UniqueViolationError | null {
  const e = error as { code?: string; errno?: number; message?: string; driverError?: { code?: string; message?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const message = e?.driverError?.message ?? e?.message ?? '';
  if (code === 'ER_DUP_ENTRY') {
    const m = /for key '(?:[^.']*\.)?([^']+)'/.exec(message);
    return new UniqueViolationError(m ? m[1] : null);
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(message)) {
    const m = /UNIQUE constraint failed: (.+)$/.exec(message);
    return new UniqueViolationError(m ? m[1] : null);
  }
  return null;
}
