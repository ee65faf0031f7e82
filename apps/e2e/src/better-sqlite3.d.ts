// better-sqlite3 ships no types and @types/better-sqlite3 is not installed: the few calls the
// browser tests make (setup-wizard.e2e.ts writes a new company into the app's SQLite file).
declare module 'better-sqlite3' {
  interface Statement {
    get(...params: unknown[]): unknown;
    run(...params: unknown[]): unknown;
  }
  class Database {
    constructor(file: string);
    pragma(source: string): unknown;
    prepare(sql: string): Statement;
    transaction(fn: () => void): () => void;
    close(): void;
  }
  export default Database;
}
