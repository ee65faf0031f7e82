import {
  Brackets,
  SelectQueryBuilder,
  type DataSource,
  type EntityMetadata,
  type EntityTarget,
  type ObjectLiteral,
  type QueryRunner,
} from 'typeorm';
import { hasTopLevelOr } from './sql-tokens';

/*
 * The query builder TenantRepository.query() hands to feature code: a SELECT already filtered
 * to the caller's tenant that no call can widen (ARCHITECTURE invariant 1, docs/architecture.md):
 *
 * - every condition a feature adds is put in parentheses, so it can only narrow the filter
 *   (`tenantId = ? AND (…)`); an OR outside parentheses in a condition string is refused
 *   outright (`andWhere('1=1 OR x')` throws); `where` adds (never replaces); `orWhere` throws;
 * - the tenant parameter belongs to the scope: a feature cannot set it (to another value), nor
 *   name it or the tenantId column in a condition — the scope writes those predicates itself;
 * - every tenant-owned table the query reaches gets the predicate from the scope: the main
 *   table, each join (`innerJoin(Project, 'p', 'p.id = r.projectId')` becomes
 *   `… ON (p.id = r.projectId) AND p.tenantId = ?`), `addFrom`, and the tables of subqueries
 *   made with `qb.subQuery()` (also what the function forms of join/select/from receive);
 * - the connection, the query runner, the expression map and the write builders (insert,
 *   update, delete, relation) are not reachable from the object features get.
 */

/** The parameter the scope binds the tenant id to; reserved (`__tenant…`) for the scope. */
export const TENANT_PARAMETER = '__tenantId';
const RESERVED_PARAMETER = /^__tenant/i;
const MENTIONS_TENANT = /__tenant|\btenantId\b/i;
/** The predicate the scope itself writes (also inside SQL it generated, e.g. a subquery's getQuery()). */
const SCOPE_PREDICATE = /[`"]?\w+[`"]?\.[`"]?tenantId[`"]?\s*=\s*:__tenantId\b/g;

/** A feature tried something a tenant-scoped query does not allow. */
export class TenantScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantScopeError';
  }
}

export function isTenantOwned(metadata: EntityMetadata | undefined): boolean {
  return Boolean(metadata?.findColumnWithPropertyName('tenantId'));
}

function refuseTenantText(where: string, what: string): void {
  if (MENTIONS_TENANT.test(where.replace(SCOPE_PREDICATE, '')))
    throw new TenantScopeError(
      `${what} "${where}" names the tenant: the scope adds the tenant predicate to every table it reaches — leave it out`,
    );
}

type JoinTarget = Parameters<SelectQueryBuilder<ObjectLiteral>['innerJoin']>[0];

export class TenantQueryBuilder<T extends ObjectLiteral> extends SelectQueryBuilder<T> {
  #tenantId = '';

  // TypeORM builds copies with `new this.constructor(this)` (clone): they keep the tenant.
  constructor(source: DataSource | SelectQueryBuilder<ObjectLiteral>, queryRunner?: QueryRunner) {
    super(source as DataSource, queryRunner);
    if (source instanceof TenantQueryBuilder) this.#tenantId = source.#tenantId;
  }

  /** `SELECT alias FROM entity alias WHERE alias.tenantId = :tenant`, as the guarded object features get. */
  static scoped<E extends ObjectLiteral>(
    source: DataSource,
    queryRunner: QueryRunner | undefined,
    tenantId: string,
    entity: EntityTarget<E>,
    alias: string,
  ): SelectQueryBuilder<E> {
    const qb = new TenantQueryBuilder<E>(source, queryRunner);
    qb.#tenantId = tenantId;
    qb.select(alias).from(entity as EntityTarget<E>, alias);
    return guarded(qb);
  }

  /** Adds `alias.tenantId = :tenant` when `alias` is a tenant-owned table. */
  #scopeAlias(alias: string): void {
    const found = this.expressionMap.aliases.find((a) => a.name === alias);
    if (!found?.hasMetadata || found.subQuery || !isTenantOwned(found.metadata)) return;
    this.expressionMap.parameters[TENANT_PARAMETER] = this.#tenantId;
    super.andWhere(`${alias}.tenantId = :${TENANT_PARAMETER}`);
  }

  override get connection(): DataSource {
    throw new TenantScopeError('a tenant-scoped query has no connection: use the repository’s methods');
  }

  override setParameter(key: string, value: unknown): this {
    // TypeORM copies a subquery's parameters into its parent: the same tenant id is fine.
    if (RESERVED_PARAMETER.test(key) && value !== this.#tenantId)
      throw new TenantScopeError(`the parameter ${key} belongs to the tenant scope and cannot be set`);
    return super.setParameter(key, value);
  }

  // `where` adds to the tenant filter, never replaces it.
  override where(where: Parameters<SelectQueryBuilder<T>['andWhere']>[0], parameters?: ObjectLiteral): this {
    return this.andWhere(where, parameters);
  }

  override andWhere(where: Parameters<SelectQueryBuilder<T>['andWhere']>[0], parameters?: ObjectLiteral): this {
    let condition: unknown = where;
    // The function form gets the guarded builder (its subQuery() is scoped), not this one.
    if (typeof condition === 'function') condition = (condition as (qb: SelectQueryBuilder<T>) => unknown)(guarded(this));
    if (typeof condition === 'string') {
      refuseTenantText(condition, 'The condition');
      if (hasTopLevelOr(condition))
        throw new TenantScopeError(
          `The condition "${condition}" has an OR outside parentheses: write (a OR b), or andWhere(new Brackets((w) => w.where(a).orWhere(b)))`,
        );
      // Parenthesised anyway: whatever the condition is, it can only narrow the tenant filter.
      return super.andWhere(`(${condition})`, parameters);
    }
    // Brackets are parenthesised by TypeORM; anything else (find-options objects) goes into one.
    if (condition instanceof Brackets) return super.andWhere(condition, parameters);
    return super.andWhere(new Brackets((w) => w.where(condition as never)), parameters);
  }

  override orWhere(): this {
    throw new TenantScopeError('orWhere would widen the tenant filter: use andWhere(new Brackets((w) => w.where(a).orWhere(b)))');
  }

  override from<E extends ObjectLiteral>(
    target: EntityTarget<E> | ((qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>),
    alias: string,
  ): SelectQueryBuilder<E> {
    const qb = super.from(target as EntityTarget<E>, alias);
    this.#scopeAlias(alias);
    return qb;
  }

  override addFrom<E extends ObjectLiteral>(
    target: EntityTarget<E> | ((qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>),
    alias: string,
  ): SelectQueryBuilder<E> {
    const qb = super.addFrom(target as EntityTarget<E>, alias);
    this.#scopeAlias(alias);
    return qb;
  }

  /** Every join goes through here: a tenant-owned table joined gets `AND alias.tenantId = :tenant` in its ON. */
  protected override join(
    direction: 'INNER' | 'LEFT',
    entityOrProperty: JoinTarget,
    aliasName: string,
    condition?: string,
    parameters?: ObjectLiteral,
    mapToProperty?: string,
    isMappingMany?: boolean,
    mapAsEntity?: Function | string,
  ): void {
    if (condition) refuseTenantText(condition, 'The join condition');
    super.join(direction, entityOrProperty, aliasName, condition, parameters, mapToProperty, isMappingMany, mapAsEntity);
    const attribute = this.expressionMap.joinAttributes[this.expressionMap.joinAttributes.length - 1];
    if (attribute.alias.subQuery || !isTenantOwned(attribute.metadata)) return;
    this.expressionMap.parameters[TENANT_PARAMETER] = this.#tenantId;
    const own = `${aliasName}.tenantId = :${TENANT_PARAMETER}`;
    attribute.condition = attribute.condition ? `(${attribute.condition}) AND ${own}` : own;
  }

  /** A subquery in the same tenant scope: the tables it names with from/join get the tenant predicate. */
  override subQuery(): SelectQueryBuilder<ObjectLiteral> {
    const qb = new TenantQueryBuilder<ObjectLiteral>(this.dataSource, this.queryRunner);
    qb.#tenantId = this.#tenantId;
    qb.expressionMap.subQuery = true;
    qb.parentQueryBuilder = this;
    return guarded(qb);
  }

  /** `andWhereExists(qb.subQuery().from(…)…)`: only a subquery of this scope, written as `EXISTS (SELECT 1 …)`. */
  protected override getExistsCondition(subQuery: unknown): [string, unknown[]] {
    if (!isGuarded(subQuery as object)) throw new TenantScopeError('an EXISTS condition takes a subquery from qb.subQuery()');
    const query = unguarded(subQuery as SelectQueryBuilder<ObjectLiteral>).clone();
    query.expressionMap.subQuery = false; // EXISTS (SELECT …), not EXISTS ((SELECT …))
    return super.getExistsCondition(query) as [string, unknown[]];
  }

  // TypeORM uses this for the builder a Brackets callback fills in: a plain one (its orWhere
  // stays inside the brackets; its parameters still pass through this builder's setParameter).
  override createQueryBuilder(queryRunner?: QueryRunner): this {
    return new SelectQueryBuilder(this.dataSource, queryRunner ?? this.queryRunner) as unknown as this;
  }
}

/** What the object handed to features does not have. */
const HIDDEN = new Set<PropertyKey>([
  'connection',
  'dataSource',
  'manager',
  'queryRunner',
  'obtainQueryRunner',
  'setQueryRunner',
  'expressionMap',
  'mergeExpressionMap',
  'parentQueryBuilder',
  'createQueryBuilder',
  'constructor',
  'insert',
  'update',
  'delete',
  'softDelete',
  'restore',
  'relation',
  'addCommonTableExpression',
  'setFindOptions',
  'loadRelationIdAndMap',
  'loadAllRelationIds',
  'useTransaction',
]);

const proxies = new WeakMap<object, SelectQueryBuilder<ObjectLiteral>>();
const targets = new WeakMap<object, TenantQueryBuilder<ObjectLiteral>>();

/**
 * The builder as features get it: a proxy without the escape hatches above. Its methods run
 * on the real builder; the ones that return the builder return the proxy again.
 */
function guarded<T extends ObjectLiteral>(qb: TenantQueryBuilder<T>): SelectQueryBuilder<T> {
  if (targets.has(qb)) return qb;
  const existing = proxies.get(qb);
  if (existing) return existing as unknown as SelectQueryBuilder<T>;
  const methods = new Map<PropertyKey, (...args: unknown[]) => unknown>();
  const refuse = (key: PropertyKey): never => {
    throw new TenantScopeError(`${String(key)} is not available on a tenant-scoped query`);
  };
  const proxy: SelectQueryBuilder<T> = new Proxy(qb, {
    get(target, key) {
      if (HIDDEN.has(key)) refuse(key);
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      let method = methods.get(key);
      if (!method) {
        method = (...args: unknown[]) => {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (result === target) return proxy;
          return result instanceof TenantQueryBuilder && !targets.has(result) ? guarded(result) : result;
        };
        methods.set(key, method);
      }
      return method;
    },
    set: (_target, key) => refuse(key),
    defineProperty: (_target, key) => refuse(key),
    deleteProperty: (_target, key) => refuse(key),
    setPrototypeOf: () => refuse('prototype'),
  });
  proxies.set(qb, proxy as unknown as SelectQueryBuilder<ObjectLiteral>);
  targets.set(proxy, qb as unknown as TenantQueryBuilder<ObjectLiteral>);
  return proxy;
}

/** True for the builders TenantRepository.query() and subQuery() hand out. */
export function isGuarded(qb: object): boolean {
  return targets.has(qb);
}

/** For the data layer itself (pagination): the real builder behind a guarded one. */
export function unguarded<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return (targets.get(qb) as unknown as SelectQueryBuilder<T> | undefined) ?? qb;
}
