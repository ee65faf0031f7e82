// Cross-tenant access for the composition root, sign-in and the seed only.
// Feature libraries must not import this (enforced by eslint no-restricted-imports).
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import {
  AuditEntry,
  AuthSession,
  CalendarFeed,
  EvidenceFile,
  MemberInvitation,
  Membership,
  PlatformAuditEntry,
  PlatformOperator,
  PlatformSession,
  Project,
  SurveyRound,
  Tenant,
  User,
} from './entities';
import type { AuditChanges, AuditEntity, AuditOperation } from '@pinzhi/domain';
import { TenantDb } from './tenant-db';
import { crossTenant } from './statement-guard';
import { DbAccess } from './transactions';
import { rawInstant } from './raw';

export {
  applyPendingMigrations,
  createDataSource,
  dialectOf,
  migrate,
  openDataSource,
  pendingMigrations,
  pendingSchemaChanges,
  withMigrationLock,
  DEFAULT_DB_TIMEOUTS,
} from './data-source';
export type { DatabaseOptions, DatabaseTimeouts, Dialect, MigrationLockOptions } from './data-source';
export { withFileLock } from './file-lock';
export { DataSource } from 'typeorm';
export { CROSS_TENANT_OPERATIONS, crossTenant, unscopedTables, watchStatements } from './statement-guard';
export type { CrossTenantOperation, StatementViolation } from './statement-guard';
export { RateLimitStore } from './rate-limit-store';
export type { CounterState } from './rate-limit-store';
export { JobStore, LiveSignalStore } from './job-store';
export { TenantLifecycleStore } from './lifecycle-store';
export type { TenantTable } from './lifecycle-store';
export type { FinishOptions, RecurringJob } from './job-store';

/** What the per-request session check reads (PlatformDb.loadSession). */
export interface SessionCheck {
  sessionId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string;
  userActive: boolean;
  mustChangePassword: boolean;
  passwordExpiresAt: Date | null;
  membershipId: string;
  role: Membership['role'];
  regionIds: string[];
  membershipActive: boolean;
  tenantId: string;
  tenantSlug: string;
  tenantActive: boolean;
}

type SessionEntity = typeof AuthSession | typeof Membership | typeof User | typeof Tenant;
type SessionStatement = { sql: string; hydrate: Record<keyof SessionCheck, (raw: unknown) => unknown> };
const sessionStatements = new WeakMap<DataSource, SessionStatement>();

/** The session check's SQL for this DataSource's dialect, with each column's conversion (built once: it depends only on the schema). */
function sessionStatement(source: DataSource): SessionStatement {
  let statement = sessionStatements.get(source);
  if (statement) return statement;
  const { driver } = source;
  const columns: Record<keyof SessionCheck, [alias: string, entity: SessionEntity, property: string]> = {
    sessionId: ['s', AuthSession, 'id'],
    expiresAt: ['s', AuthSession, 'expiresAt'],
    revokedAt: ['s', AuthSession, 'revokedAt'],
    userId: ['u', User, 'id'],
    userActive: ['u', User, 'active'],
    mustChangePassword: ['u', User, 'mustChangePassword'],
    passwordExpiresAt: ['u', User, 'passwordExpiresAt'],
    membershipId: ['m', Membership, 'id'],
    role: ['m', Membership, 'role'],
    regionIds: ['m', Membership, 'regionIds'],
    membershipActive: ['m', Membership, 'active'],
    tenantId: ['t', Tenant, 'id'],
    tenantSlug: ['t', Tenant, 'slug'],
    tenantActive: ['t', Tenant, 'active'],
  };
  const table = (entity: SessionEntity) => driver.escape(source.getMetadata(entity).tableName);
  const column = (entity: SessionEntity, property: string) => {
    const found = source.getMetadata(entity).findColumnWithPropertyName(property);
    if (!found) throw new Error(`No column ${entity.name}.${property}`);
    return found;
  };
  const col = (alias: string, entity: SessionEntity, property: string) =>
    `${alias}.${driver.escape(column(entity, property).databaseName)}`;
  const select = Object.entries(columns).map(
    ([key, [alias, entity, property]]) => `${col(alias, entity, property)} AS ${driver.escape(key)}`,
  );
  const sql =
    `SELECT ${select.join(', ')} FROM ${table(AuthSession)} s` +
    ` INNER JOIN ${table(Membership)} m ON ${col('m', Membership, 'id')} = ${col('s', AuthSession, 'membershipId')} AND ${col('m', Membership, 'tenantId')} = ${col('s', AuthSession, 'tenantId')}` +
    ` INNER JOIN ${table(User)} u ON ${col('u', User, 'id')} = ${col('s', AuthSession, 'userId')}` +
    ` INNER JOIN ${table(Tenant)} t ON ${col('t', Tenant, 'id')} = ${col('s', AuthSession, 'tenantId')}` +
    ` WHERE ${col('s', AuthSession, 'id')} = ?`;
  const hydrate = Object.fromEntries(
    Object.entries(columns).map(([key, [, entity, property]]) => {
      const metadata = column(entity, property);
      return [key, (raw: unknown) => (raw === null || raw === undefined ? null : driver.prepareHydratedValue(raw, metadata))];
    }),
  ) as SessionStatement['hydrate'];
  statement = { sql, hydrate };
  sessionStatements.set(source, statement);
  return statement;
}

/**
 * The few operations that must cross tenants: finding a user by email at sign-in,
 * listing a user's memberships, loading a session. Nothing here returns tenant data.
 */
export class PlatformDb {
  readonly #access: DbAccess;

  constructor(source: DataSource | DbAccess) {
    this.#access = source instanceof DataSource ? DbAccess.of(source) : source;
  }

  /** For reads: committed data, or this transaction's view inside one (transactions.ts). */
  private get manager(): EntityManager {
    return this.#access.reads;
  }

  /** All-or-nothing work across the platform tables (retried on deadlock like every transaction). */
  transaction<R>(fn: (p: PlatformDb) => Promise<R>): Promise<R> {
    return this.#access.transaction((access) => fn(new PlatformDb(access)));
  }

  /** The tenant-scoped view, sharing this PlatformDb's transaction if it is in one. */
  tenant(tenantId: string, actorUserId: string | null): TenantDb {
    return new TenantDb(this.#access, tenantId, actorUserId);
  }

  findUserByEmail(email: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { email: email.trim().toLowerCase() } });
  }

  /** Users by e-mail (a batch invitation's check); at most 500 addresses per statement. */
  async findUsersByEmail(emails: readonly string[]): Promise<User[]> {
    const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
    const out: User[] = [];
    for (let i = 0; i < unique.length; i += 500)
      out.push(...(await this.manager.find(User, { where: { email: In(unique.slice(i, i + 500)) } })));
    return out;
  }

  findUserById(id: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { id } });
  }

  async insertUser(values: Pick<User, 'email' | 'displayName' | 'passwordHash'>): Promise<User> {
    return this.#access.write((m) =>
      m.save(
        User,
        m.create(User, {
          ...values,
          email: values.email.trim().toLowerCase(),
          active: true,
          mustChangePassword: false,
          passwordExpiresAt: null,
        }),
      ),
    );
  }

  async updateUser(
    id: string,
    patch: Partial<Pick<User, 'displayName' | 'passwordHash' | 'active' | 'mustChangePassword' | 'passwordExpiresAt'>>,
  ): Promise<void> {
    await this.#access.write((m) => m.update(User, { id }, { ...patch, updatedAt: new Date() }));
  }

  findTenantBySlug(slug: string): Promise<Tenant | null> {
    return this.manager.findOne(Tenant, { where: { slug } });
  }

  findTenantById(id: string): Promise<Tenant | null> {
    return this.manager.findOne(Tenant, { where: { id } });
  }

  async insertTenant(values: Pick<Tenant, 'slug' | 'name'>): Promise<Tenant> {
    return this.#access.write((m) => m.save(Tenant, m.create(Tenant, { ...values, active: true })));
  }

  /** A company renames itself (公司设置). */
  async renameTenant(id: string, name: string): Promise<void> {
    await this.#access.write((m) => m.update(Tenant, { id }, { name, updatedAt: new Date() }));
  }

  countTenants(): Promise<number> {
    return this.manager.count(Tenant);
  }

  /** A user's active memberships with their tenants, for sign-in and the tenant switcher. */
  async membershipsOf(
    userId: string,
    options: { includeSuspended?: boolean } = {},
  ): Promise<Array<{ membership: Membership; tenant: Tenant }>> {
    const memberships = await crossTenant('sign-in memberships', () => this.manager.find(Membership, { where: { userId, active: true } }));
    if (memberships.length === 0) return [];
    const tenants = await this.manager.find(Tenant, { where: { id: In(memberships.map((m) => m.tenantId)) } });
    const byId = new Map(tenants.map((t) => [t.id, t]));
    return memberships
      .filter((m) => byId.get(m.tenantId) && (options.includeSuspended || byId.get(m.tenantId)!.active))
      .map((membership) => ({ membership, tenant: byId.get(membership.tenantId)! }));
  }

  async insertSession(values: Pick<AuthSession, 'tenantId' | 'userId' | 'membershipId' | 'expiresAt' | 'ip'>): Promise<AuthSession> {
    return crossTenant('session start and end', () =>
      this.#access.write((m) => m.save(AuthSession, m.create(AuthSession, { ...values, revokedAt: null }))),
    );
  }

  /**
   * One read per request: the session with its membership, user and tenant, so that a
   * revoked session or a deactivated user/membership/tenant stops working at once. Only the
   * columns the check needs, in one fixed statement (no query builder, no entity hydration:
   * it ran on every request and cost more than most of the page's own reads). Values go
   * through the driver's own column conversion, so dates, booleans and JSON read the same as
   * from an entity on both dialects.
   */
  async loadSession(sessionId: string): Promise<SessionCheck | null> {
    const statement = sessionStatement(this.manager.connection);
    const rows: Array<Record<string, unknown>> = await crossTenant('session check', () => this.manager.query(statement.sql, [sessionId]));
    if (rows.length === 0) return null;
    const row = rows[0];
    const value = <K extends keyof SessionCheck>(key: K) => statement.hydrate[key](row[key]) as SessionCheck[K];
    return {
      sessionId: value('sessionId'),
      expiresAt: value('expiresAt'),
      revokedAt: value('revokedAt'),
      userId: value('userId'),
      userActive: value('userActive'),
      mustChangePassword: value('mustChangePassword'),
      passwordExpiresAt: value('passwordExpiresAt'),
      membershipId: value('membershipId'),
      role: value('role'),
      regionIds: value('regionIds'),
      membershipActive: value('membershipActive'),
      tenantId: value('tenantId'),
      tenantSlug: value('tenantSlug'),
      tenantActive: value('tenantActive'),
    };
  }

  /**
   * A calendar feed by id with its owner's membership in the feed's tenant (the feed URL
   * carries no session: its secret is the credential, checked by the caller).
   */
  async loadCalendarFeed(feedId: string): Promise<{ feed: CalendarFeed; membership: Membership; user: User; tenant: Tenant } | null> {
    const feed = await crossTenant('calendar feed', () => this.manager.findOne(CalendarFeed, { where: { id: feedId } }));
    if (!feed) return null;
    const membership = await this.manager.findOne(Membership, { where: { tenantId: feed.tenantId, userId: feed.userId } });
    const user = await this.manager.findOne(User, { where: { id: feed.userId } });
    const tenant = await this.manager.findOne(Tenant, { where: { id: feed.tenantId } });
    if (!membership || !user || !tenant) return null;
    return { feed, membership, user, tenant };
  }

  async touchCalendarFeed(feedId: string, at: Date): Promise<void> {
    await crossTenant('calendar feed', () =>
      this.#access.write((m) =>
        m
          .createQueryBuilder()
          .update(CalendarFeed)
          .set({ lastUsedAt: at, version: () => 'version' } as never)
          .where('id = :id', { id: feedId })
          .execute(),
      ),
    );
  }

  /**
   * The tenant of a survey round, for the public survey link (no session: the token names the
   * round, and the survey service checks its secret inside that tenant). Null when unknown or
   * the tenant is inactive.
   */
  async surveyRoundTenant(roundId: string): Promise<string | null> {
    const round = await crossTenant('survey link', () =>
      this.manager.findOne(SurveyRound, { where: { id: roundId }, select: { id: true, tenantId: true } }),
    );
    if (!round) return null;
    const tenant = await this.manager.findOne(Tenant, { where: { id: round.tenantId } });
    return tenant?.active ? tenant.id : null;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await crossTenant('session start and end', () =>
      this.#access.write((m) => m.update(AuthSession, { id: sessionId }, { revokedAt: new Date(), updatedAt: new Date() })),
    );
  }

  /**
   * Ends sessions for good: every open session of a user (in every tenant), or only those of
   * one membership, except `exceptSessionId` (the one changing its password). A revoked
   * session never works again, whatever later happens to the membership.
   */
  async revokeSessions(scope: { userId: string; membershipId?: string; exceptSessionId?: string }): Promise<number> {
    const now = new Date();
    const r = await crossTenant('session start and end', () =>
      this.#access.write((m) =>
        m.update(
          AuthSession,
          {
            userId: scope.userId,
            revokedAt: IsNull(),
            ...(scope.membershipId ? { membershipId: scope.membershipId } : {}),
            ...(scope.exceptSessionId ? { id: Not(scope.exceptSessionId) } : {}),
          },
          { revokedAt: now, updatedAt: now },
        ),
      ),
    );
    return r.affected ?? 0;
  }

  /** Every membership of a user, active or not, in any tenant (for decisions only; never shown to a tenant). */
  allMembershipsOf(userId: string): Promise<Membership[]> {
    return crossTenant('sign-in memberships', () => this.manager.find(Membership, { where: { userId } }));
  }

  /**
   * An invitation by id across tenants, with its tenant: the public accept link names the
   * invitation; the caller checks the link's secret before showing or doing anything.
   */
  async findInvitation(id: string): Promise<{ invitation: MemberInvitation; tenant: Tenant } | null> {
    const invitation = await crossTenant('invitation link', () => this.manager.findOne(MemberInvitation, { where: { id } }));
    if (!invitation) return null;
    const tenant = await this.manager.findOne(Tenant, { where: { id: invitation.tenantId } });
    return tenant ? { invitation, tenant } : null;
  }

  // ---- The platform: operators, their sessions and trail, companies ------------------------

  findOperatorByEmail(email: string): Promise<PlatformOperator | null> {
    return this.manager.findOne(PlatformOperator, { where: { email: email.trim().toLowerCase() } });
  }

  findOperatorById(id: string): Promise<PlatformOperator | null> {
    return this.manager.findOne(PlatformOperator, { where: { id } });
  }

  countOperators(): Promise<number> {
    return this.manager.count(PlatformOperator);
  }

  async insertOperator(values: Pick<PlatformOperator, 'email' | 'displayName' | 'passwordHash'>): Promise<PlatformOperator> {
    return this.#access.write((m) =>
      m.save(PlatformOperator, m.create(PlatformOperator, { ...values, email: values.email.trim().toLowerCase(), active: true })),
    );
  }

  async updateOperator(id: string, patch: Partial<Pick<PlatformOperator, 'passwordHash' | 'active' | 'displayName'>>): Promise<void> {
    await this.#access.write((m) => m.update(PlatformOperator, { id }, { ...patch, updatedAt: new Date() }));
  }

  async insertPlatformSession(values: Pick<PlatformSession, 'operatorId' | 'expiresAt' | 'ip'>): Promise<PlatformSession> {
    return this.#access.write((m) => m.save(PlatformSession, m.create(PlatformSession, { ...values, revokedAt: null })));
  }

  /** The per-request check of a platform token: its session with the operator (no tenant anywhere). */
  async loadPlatformSession(sessionId: string): Promise<{ session: PlatformSession; operator: PlatformOperator } | null> {
    const session = await this.manager.findOne(PlatformSession, { where: { id: sessionId } });
    if (!session) return null;
    const operator = await this.manager.findOne(PlatformOperator, { where: { id: session.operatorId } });
    return operator ? { session, operator } : null;
  }

  async revokePlatformSession(sessionId: string): Promise<void> {
    await this.#access.write((m) => m.update(PlatformSession, { id: sessionId }, { revokedAt: new Date(), updatedAt: new Date() }));
  }

  /** The platform's own audit trail, written by `operatorId` (null: the command line or start-up). */
  operatorTrail(operatorId: string | null) {
    const access = this.#access;
    return {
      audit: async (entry: {
        operation: AuditOperation;
        entity: AuditEntity;
        entityId: string;
        companyId?: string | null;
        changes: AuditChanges;
      }) => {
        await access.write((m) =>
          m.save(PlatformAuditEntry, m.create(PlatformAuditEntry, { ...entry, companyId: entry.companyId ?? null, operatorId })),
        );
      },
    };
  }

  /** A page of the platform trail, newest first (offset paging: an operator's list is short). */
  async platformAuditEntries(args: { companyId?: string | null; offset: number; limit: number }) {
    const where = args.companyId ? { companyId: args.companyId } : {};
    const [rows, total] = await this.manager.findAndCount(PlatformAuditEntry, {
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: args.offset,
      take: args.limit,
    });
    return { rows, total };
  }

  /** Companies by code, a page at a time (offset paging: the operator's list is short and sorted by code). */
  async listTenants(args: { search?: string | null; offset: number; limit: number }): Promise<{ rows: Tenant[]; total: number }> {
    const qb = this.manager.createQueryBuilder(Tenant, 't');
    if (args.search?.trim()) {
      const like = `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.where('(t.slug LIKE :like OR t.name LIKE :like)', { like });
    }
    const [rows, total] = await qb.orderBy('t.slug', 'ASC').addOrderBy('t.id', 'ASC').skip(args.offset).take(args.limit).getManyAndCount();
    return { rows, total };
  }

  /**
   * Usage per company for the operator's list: active members, active projects, stored bytes
   * of uploaded files and the last audited activity — counts only, one grouped statement each.
   */
  async tenantUsage(
    tenantIds: readonly string[],
  ): Promise<Map<string, { members: number; projects: number; storageBytes: number; lastActivityAt: Date | null }>> {
    const usage = new Map(tenantIds.map((id) => [id, { members: 0, projects: 0, storageBytes: 0, lastActivityAt: null as Date | null }]));
    if (tenantIds.length === 0) return usage;
    const ids = [...tenantIds];
    const grouped = async (entity: Function, alias: string, select: string, where = '') => {
      const qb = this.manager
        .createQueryBuilder(entity as never, alias)
        .select(`${alias}.tenantId`, 'tenantId')
        .addSelect(select, 'value')
        .where(`${alias}.tenantId IN (:...ids)`, { ids })
        .groupBy(`${alias}.tenantId`);
      if (where) qb.andWhere(where);
      return crossTenant('platform usage', () => qb.getRawMany<{ tenantId: string; value: unknown }>());
    };
    const [members, projects, files, activity] = await Promise.all([
      grouped(Membership, 'm', 'COUNT(*)', 'm.active = 1'),
      grouped(Project, 'p', 'COUNT(*)', 'p.archivedAt IS NULL'),
      grouped(EvidenceFile, 'f', 'SUM(f.bytes)'),
      grouped(AuditEntry, 'a', 'MAX(a.createdAt)'),
    ]);
    for (const r of members) usage.get(r.tenantId)!.members = Number(r.value);
    for (const r of projects) usage.get(r.tenantId)!.projects = Number(r.value);
    for (const r of files) usage.get(r.tenantId)!.storageBytes = Number(r.value ?? 0);
    for (const r of activity) usage.get(r.tenantId)!.lastActivityAt = r.value ? rawInstant(r.value as Date | string) : null;
    return usage;
  }

  /** Ends every open session of a company's members (its suspension). */
  async revokeTenantSessions(tenantId: string, at: Date): Promise<number> {
    return this.tenant(tenantId, null).repo(AuthSession).updateWhere({ revokedAt: IsNull() }, { revokedAt: at });
  }

  async updateTenant(
    id: string,
    patch: Partial<Pick<Tenant, 'name' | 'active' | 'suspendedAt' | 'maxMembers' | 'maxProjects' | 'maxStorageMb'>>,
  ) {
    await this.#access.write((m) => m.update(Tenant, { id }, { ...patch, updatedAt: new Date() }));
  }

  async ping(): Promise<void> {
    await this.manager.query('SELECT 1');
  }
}
