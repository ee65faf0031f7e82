import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';
import { isTenantOwned } from './scoped-query';
import { closing, tokenize, type Token } from './sql-tokens';

/*
 * The statement guard (issue 17 §2; docs/architecture.md): the test harness hands every SQL
 * statement the application executes to `unscopedTables`, and a statement that reads or writes
 * a tenant-owned table without the tenant predicate fails the test. "The tenant predicate" is
 * `alias.tenantId = ?` (or `= other.tenantId` of a table that has it) where it restricts the
 * whole statement: in the WHERE of the table's (sub)query or the ON of its join, not under an
 * OR, NOT, CASE or function call; for an INSERT, a tenantId column.
 *
 * The few operations that cross tenants on purpose run inside `crossTenant(operation, …)` and
 * name one of the operations below, each with the reason it may.
 */

export const CROSS_TENANT_OPERATIONS = {
  migrations: 'Schema changes and the migrations table: no tenant data is read or written by row.',
  'sign-in memberships': 'Sign-in lists the memberships of the user who proved their password, across the tenants they belong to.',
  'session check': 'The per-request session check finds the session by its id (from the verified token); the session names the tenant.',
  'session start and end':
    'A session row is written at sign-in and revoked at sign-out by its own id, before/after any tenant scope exists.',
  'calendar feed': 'A calendar feed URL carries no session: the feed is found by its id (its secret is checked next) and names its tenant.',
  'survey link': 'The public survey link names a round; its tenant is read from the round before the tenant-scoped survey service runs.',
  'background jobs':
    'The job runner claims, renews and finishes due jobs of every tenant (leases); each job then runs in its own tenant scope.',
  'live updates': 'Each instance polls the live-update signals of every tenant and hands each to the connections of its user.',
  'invitation link': 'An invitation link names the invitation; its tenant is read from it before the secret is checked.',
  'platform usage':
    "The platform operator's company list counts each company's members, projects, stored bytes and last activity (numbers per company, never rows).",
  'company lifecycle':
    "A company's export and deletion read, count and delete the rows of one company (named by its id, from its own job or the platform operator) in every tenant-owned table, and record the deletion in a tombstone outside it.",
  'test harness': 'Tests reading or changing rows past the tenant scope to prove what the application did.',
} as const;
export type CrossTenantOperation = keyof typeof CROSS_TENANT_OPERATIONS;

const crossTenantContext = new AsyncLocalStorage<CrossTenantOperation>();

/** Runs `fn` as a declared cross-tenant operation: the statement guard lets its statements through. */
export function crossTenant<R>(operation: CrossTenantOperation, fn: () => R): R {
  return crossTenantContext.run(operation, fn);
}

/** The cross-tenant operation the current code runs in, if any. */
export function currentCrossTenantOperation(): CrossTenantOperation | undefined {
  return crossTenantContext.getStore();
}

// ---------------------------------------------------------------------------------------
// A small SQL reader: enough structure (tokens, parentheses, clauses) for TypeORM's and our
// own statements on both dialects.

const CLAUSE_END = new Set([
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'UNION',
  'WINDOW',
  'FOR',
  'LOCK',
  'RETURNING',
  'ON',
  'SET',
  'VALUES',
]);
const JOIN_WORDS = new Set(['JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'OUTER', 'NATURAL', 'STRAIGHT_JOIN']);

interface TableRef {
  table: string;
  alias: string;
  /** The scope (statement or subquery) it belongs to. */
  scope: Scope;
  /** Token ranges where its tenant predicate may stand: [start, end). */
  places: Array<[number, number]>;
  scoped: boolean;
}

interface Scope {
  parent: Scope | null;
  refs: TableRef[];
}

interface Predicate {
  /** Alias qualified on the left (or null: unqualified). */
  left: string | null;
  /** `?` / literal for a constant, or the alias of `other.tenantId`. */
  right: { alias: string | null } | 'constant';
  at: number;
}

export class SqlAnalysis {
  private readonly tokens: Token[];
  private readonly refs: TableRef[] = [];
  private readonly predicates: Array<Predicate & { scope: Scope }> = [];
  private readonly insertsWithoutTenant: string[] = [];
  /** Start tokens of the (sub)statements already read (a FROM subquery is read where it stands). */
  private readonly analysedAt = new Set<number>();

  constructor(
    sql: string,
    private readonly tenantTables: ReadonlySet<string>,
  ) {
    this.tokens = tokenize(sql);
    this.statement(0, this.tokens.length, null);
  }

  /** Tenant-owned tables (as `table alias`) the statement reaches without the tenant predicate. */
  unscoped(): string[] {
    for (const ref of this.refs) ref.scoped = false;
    // Constants first, then `a.tenantId = b.tenantId` where b is already scoped, until nothing changes.
    for (let changed = true; changed;) {
      changed = false;
      for (const ref of this.refs) {
        if (ref.scoped) continue;
        if (this.predicates.some((p) => this.restricts(p, ref))) {
          ref.scoped = true;
          changed = true;
        }
      }
    }
    return [...this.insertsWithoutTenant, ...this.refs.filter((r) => !r.scoped).map((r) => `${r.table} ${r.alias}`)];
  }

  private restricts(p: Predicate & { scope: Scope }, ref: TableRef): boolean {
    if (!ref.places.some(([s, e]) => p.at >= s && p.at < e)) return false;
    const sides: Array<string | null> = [p.left, p.right === 'constant' ? null : p.right.alias];
    const resolve = (alias: string | null) => (alias === null ? this.only(p.scope) : this.visible(p.scope, alias));
    const [own, other] = [resolve(sides[0]), p.right === 'constant' ? null : resolve(sides[1])];
    if (p.right === 'constant') return own === ref;
    // tenantId = tenantId of another table: one side is this table, the other must be scoped.
    if (own === ref) return Boolean(other?.scoped);
    if (other === ref) return Boolean(own?.scoped);
    return false;
  }

  private only(scope: Scope): TableRef | null {
    const owned = scope.refs;
    return owned.length === 1 ? owned[0] : null;
  }

  private visible(scope: Scope | null, alias: string): TableRef | null {
    for (let s = scope; s; s = s.parent) {
      const found = s.refs.find((r) => r.alias === alias);
      if (found) return found;
    }
    return null;
  }

  /** One statement (or subquery) in [start, end). */
  private statement(start: number, end: number, parent: Scope | null): void {
    this.analysedAt.add(start);
    const t = this.tokens;
    const first = t[start];
    if (!first) return;
    if (first.upper === 'WITH') {
      // CTE bodies are subqueries; the main statement follows.
      this.subqueries(start, end, { parent, refs: [] });
      return;
    }
    if (first.upper === 'INSERT' || first.upper === 'REPLACE') return this.insert(start, end, parent);
    if (first.upper !== 'SELECT' && first.upper !== 'UPDATE' && first.upper !== 'DELETE') return;
    const scope: Scope = { parent, refs: [] };
    const depth = first.depth;
    const where: Array<[number, number]> = [];
    let i = start;
    let mode = 'none' as 'none' | 'from';
    let pendingJoinRef: TableRef | null = null;
    const addRef = (at: number): number => {
      // table [AS] alias | (subquery) [AS] alias
      let j = at;
      let table: string | null = null;
      if (t[j]?.text === '(') {
        const close = closing(t, j);
        this.statement(j + 1, close, scope);
        j = close + 1;
      } else if (t[j] && (t[j].kind === 'ident' || t[j].kind === 'word')) {
        table = t[j].text;
        j++;
        if (t[j]?.text === '.' && t[j + 1]) {
          table = t[j + 1].text; // schema.table
          j += 2;
        }
      }
      if (t[j]?.upper === 'AS') j++;
      let alias = table ?? '';
      if (t[j] && t[j].depth === depth && (t[j].kind === 'ident' || (t[j].kind === 'word' && !isKeyword(t[j].upper)))) {
        alias = t[j].text;
        j++;
      }
      if (table && this.tenantTables.has(table)) {
        const ref: TableRef = { table, alias, scope, places: [], scoped: false };
        scope.refs.push(ref);
        this.refs.push(ref);
        pendingJoinRef = ref;
      } else pendingJoinRef = null;
      return j;
    };
    if (first.upper === 'UPDATE') {
      i = addRef(start + 1);
    } else if (first.upper === 'DELETE') {
      i = start + 1;
      while (i < end && t[i].upper !== 'FROM') i++;
      i = addRef(i + 1);
    } else i = start + 1;

    let onStart = -1;
    let onRef: TableRef | null = null;
    const closeOn = (at: number) => {
      if (onStart >= 0 && onRef) onRef.places.push([onStart, at]);
      onStart = -1;
      onRef = null;
    };
    let whereStart = -1;
    while (i < end) {
      const tok = t[i];
      if (tok.depth !== depth) {
        i++;
        continue;
      }
      const u = tok.kind === 'word' ? tok.upper : '';
      if (u === 'FROM') {
        closeOn(i);
        mode = 'from';
        i = addRef(i + 1);
        continue;
      }
      if (mode === 'from' && tok.text === ',' && onStart < 0 && whereStart < 0) {
        i = addRef(i + 1);
        continue;
      }
      if (u === 'JOIN') {
        closeOn(i);
        i = addRef(i + 1);
        continue;
      }
      if (JOIN_WORDS.has(u)) {
        closeOn(i);
        i++;
        continue;
      }
      if (u === 'ON' && mode === 'from') {
        onStart = i + 1;
        onRef = pendingJoinRef;
        i++;
        continue;
      }
      if (u === 'WHERE') {
        closeOn(i);
        whereStart = i + 1;
        i++;
        continue;
      }
      if (CLAUSE_END.has(u) && u !== 'ON' && u !== 'SET') {
        closeOn(i);
        if (whereStart >= 0) {
          where.push([whereStart, i]);
          whereStart = -1;
        }
        mode = 'none';
      }
      i++;
    }
    closeOn(end);
    if (whereStart >= 0) where.push([whereStart, end]);
    for (const ref of scope.refs) ref.places.push(...where);
    // Predicates in WHERE and ON ranges of this scope; subqueries anywhere in it.
    for (const [s, e] of [...where, ...scope.refs.flatMap((r) => r.places)]) this.findPredicates(s, e, scope);
    this.subqueries(start, end, scope);
  }

  private insert(start: number, end: number, parent: Scope | null): void {
    const t = this.tokens;
    let i = start + 1;
    while (i < end && t[i].upper !== 'INTO') i++;
    const table = t[i + 1]?.text;
    if (table && this.tenantTables.has(table)) {
      const open = t[i + 2]?.text === '(' ? i + 2 : -1;
      const columns = open >= 0 ? t.slice(open + 1, closing(t, open)).map((x) => x.text) : [];
      if (!columns.includes('tenantId')) this.insertsWithoutTenant.push(`INSERT INTO ${table} without tenantId`);
    }
    this.subqueries(start, end, { parent, refs: [] });
  }

  /** Every `( SELECT … )` directly inside [start, end) is a statement of its own. */
  private subqueries(start: number, end: number, scope: Scope): void {
    const t = this.tokens;
    for (let i = start; i < end; i++) {
      if (t[i].text !== '(' || t[i].kind !== 'op') continue;
      const close = closing(t, i);
      if (t[i + 1]?.upper === 'SELECT' || t[i + 1]?.upper === 'WITH') {
        if (!this.analysedAt.has(i + 1)) this.statement(i + 1, close, scope);
        i = close;
      }
    }
  }

  private findPredicates(start: number, end: number, scope: Scope): void {
    const t = this.tokens;
    for (let i = start; i < end; i++) {
      const col = this.columnAt(i);
      if (!col || col.name !== 'tenantId') continue;
      const eq = col.next;
      if (t[eq]?.text !== '=') continue;
      let right: Predicate['right'] | null = null;
      if (t[eq + 1]?.kind === 'param' || t[eq + 1]?.kind === 'string') right = 'constant';
      else {
        const other = this.columnAt(eq + 1);
        if (other?.name === 'tenantId') right = { alias: other.alias };
      }
      if (right && this.conjunctive(i, start, end)) this.predicates.push({ left: col.alias, right, at: i, scope });
    }
  }

  /** `alias.column` or `column` at i. */
  private columnAt(i: number): { alias: string | null; name: string; next: number } | null {
    const t = this.tokens;
    const a = t[i];
    if (!a || (a.kind !== 'ident' && a.kind !== 'word')) return null;
    if (t[i + 1]?.text === '.' && t[i + 2] && (t[i + 2].kind === 'ident' || t[i + 2].kind === 'word'))
      return { alias: a.text, name: t[i + 2].text, next: i + 3 };
    if (t[i - 1]?.text === '.') return null;
    return { alias: null, name: a.text, next: i + 1 };
  }

  /**
   * True when the token at `at` is ANDed into the whole range [start, end): walking out from
   * its parenthesis group to the range's own level, no group holds an OR, NOT or XOR beside
   * it, it is not inside a CASE, and no group is a function call, IN list or subquery.
   */
  private conjunctive(at: number, start: number, end: number): boolean {
    const t = this.tokens;
    const base = t[start]?.depth ?? t[at].depth;
    let depth = t[at].depth;
    let lo = at;
    let hi = at;
    for (;;) {
      while (lo > start && !(t[lo - 1].text === '(' && t[lo - 1].depth === depth - 1)) lo--;
      while (hi < end && !(t[hi].text === ')' && t[hi].depth === depth - 1)) hi++;
      let openCase = 0;
      for (let k = lo; k < hi; k++) {
        if (t[k].depth !== depth) continue;
        if (t[k].upper === 'OR' || t[k].upper === 'NOT' || t[k].upper === 'XOR') return false;
        if (k < at && t[k].upper === 'CASE') openCase++;
        if (k < at && t[k].upper === 'END') openCase--;
      }
      if (openCase > 0) return false;
      if (depth <= base) return true;
      const open = lo - 1;
      if (open < start) return false;
      const before = t[open - 1];
      if (before && (before.kind === 'ident' || (before.kind === 'word' && !['AND', 'WHERE', 'ON'].includes(before.upper)))) return false;
      if (t[open + 1]?.upper === 'SELECT') return false;
      depth--;
      lo = open;
      hi = Math.min(hi + 1, end);
    }
  }
}

const KEYWORDS = new Set([
  ...CLAUSE_END,
  ...JOIN_WORDS,
  'SELECT',
  'FROM',
  'AND',
  'OR',
  'NOT',
  'AS',
  'USING',
  'USE',
  'FORCE',
  'IGNORE',
  'INDEX',
]);
function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
}

/** The tenant-owned tables this DataSource knows (those with a tenantId column). */
export function tenantTablesOf(ds: DataSource): Set<string> {
  return new Set(ds.entityMetadatas.filter((m) => isTenantOwned(m)).map((m) => m.tableName));
}

/** Tenant-owned tables `sql` reaches without the tenant predicate (empty: scoped, or not about tenant data). */
export function unscopedTables(sql: string, tenantTables: ReadonlySet<string>): string[] {
  const head = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (!head || !['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REPLACE', 'WITH'].includes(head)) return [];
  return new SqlAnalysis(sql, tenantTables).unscoped();
}

export interface StatementViolation {
  sql: string;
  tables: string[];
}

/**
 * Watches every statement `ds` executes (through its TypeORM logger) and records each one
 * that reaches tenant-owned rows without the tenant predicate, unless it runs inside a
 * declared `crossTenant` operation. `onViolation` is called at once (the test harness throws
 * from it, so the statement does not run).
 */
export function watchStatements(ds: DataSource, onViolation: (violation: StatementViolation) => void): void {
  const tables = tenantTablesOf(ds);
  const logger = ds.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query: string, parameters?: unknown[], queryRunner?: QueryRunner) => {
    if (!currentCrossTenantOperation()) {
      const unscoped = unscopedTables(query, tables);
      if (unscoped.length) onViolation({ sql: query, tables: unscoped });
    }
    return logQuery(query, parameters, queryRunner);
  };
}
