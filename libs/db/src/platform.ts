// Cross-tenant access for the composition root, sign-in and the seed only.
// Feature libraries must not import this (enforced by eslint no-restricted-imports).
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { AuthSession, CalendarFeed, MemberInvitation, Membership, SurveyRound, Tenant, User } from './entities';
import { TenantDb } from './tenant-db';
import { crossTenant } from './statement-guard';
import { DbAccess } from './transactions';

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

  countTenants(): Promise<number> {
    return this.manager.count(Tenant);
  }

  /** A user's active memberships with their tenants, for sign-in and the tenant switcher. */
  async membershipsOf(userId: string): Promise<Array<{ membership: Membership; tenant: Tenant }>> {
    const memberships = await crossTenant('sign-in memberships', () => this.manager.find(Membership, { where: { userId, active: true } }));
    if (memberships.length === 0) return [];
    const tenants = await this.manager.find(Tenant, { where: { id: In(memberships.map((m) => m.tenantId)) } });
    const byId = new Map(tenants.map((t) => [t.id, t]));
    return memberships
      .filter((m) => byId.get(m.tenantId)?.active)
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

  async ping(): Promise<void> {
    await this.manager.query('SELECT 1');
  }
}
