// Cross-tenant access for the composition root, sign-in and the seed only.
// Feature libraries must not import this (enforced by eslint no-restricted-imports).
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuthSession, CalendarFeed, Membership, SurveyRound, Tenant, User } from './entities';
import { TenantDb } from './tenant-db';
import { runInTransaction } from './transactions';

export { createDataSource, dialectOf, migrate, openDataSource, pendingSchemaChanges } from './data-source';
export type { DatabaseOptions, Dialect } from './data-source';
export { DataSource } from 'typeorm';

/**
 * The few operations that must cross tenants: finding a user by email at sign-in,
 * listing a user's memberships, loading a session. Nothing here returns tenant data.
 */
export class PlatformDb {
  private readonly manager: EntityManager;

  constructor(source: DataSource | EntityManager) {
    this.manager = source instanceof DataSource ? source.manager : source;
  }

  /** All-or-nothing work across the platform tables. */
  transaction<R>(fn: (p: PlatformDb) => Promise<R>): Promise<R> {
    return runInTransaction(this.manager, (m) => fn(new PlatformDb(m)));
  }

  /** The tenant-scoped view, sharing this PlatformDb's transaction if it is in one. */
  tenant(tenantId: string, actorUserId: string | null): TenantDb {
    return new TenantDb(this.manager, tenantId, actorUserId);
  }

  findUserByEmail(email: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { email: email.trim().toLowerCase() } });
  }

  findUserById(id: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { id } });
  }

  async insertUser(values: Pick<User, 'email' | 'displayName' | 'passwordHash'>): Promise<User> {
    const user = this.manager.create(User, { ...values, email: values.email.trim().toLowerCase(), active: true });
    return this.manager.save(User, user);
  }

  async updateUser(id: string, patch: Partial<Pick<User, 'displayName' | 'passwordHash' | 'active'>>): Promise<void> {
    await this.manager.update(User, { id }, { ...patch, updatedAt: new Date() });
  }

  findTenantBySlug(slug: string): Promise<Tenant | null> {
    return this.manager.findOne(Tenant, { where: { slug } });
  }

  findTenantById(id: string): Promise<Tenant | null> {
    return this.manager.findOne(Tenant, { where: { id } });
  }

  async insertTenant(values: Pick<Tenant, 'slug' | 'name'>): Promise<Tenant> {
    return this.manager.save(Tenant, this.manager.create(Tenant, { ...values, active: true }));
  }

  countTenants(): Promise<number> {
    return this.manager.count(Tenant);
  }

  /** A user's active memberships with their tenants, for sign-in and the tenant switcher. */
  async membershipsOf(userId: string): Promise<Array<{ membership: Membership; tenant: Tenant }>> {
    const memberships = await this.manager.find(Membership, { where: { userId, active: true } });
    if (memberships.length === 0) return [];
    const tenants = await this.manager.find(Tenant, { where: { id: In(memberships.map((m) => m.tenantId)) } });
    const byId = new Map(tenants.map((t) => [t.id, t]));
    return memberships
      .filter((m) => byId.get(m.tenantId)?.active)
      .map((membership) => ({ membership, tenant: byId.get(membership.tenantId)! }));
  }

  async insertSession(values: Pick<AuthSession, 'tenantId' | 'userId' | 'membershipId' | 'expiresAt' | 'ip'>): Promise<AuthSession> {
    const session = this.manager.create(AuthSession, { ...values, revokedAt: null });
    return this.manager.save(AuthSession, session);
  }

  /**
   * One read per request: the session with its membership, user and tenant, so that a
   * revoked session or a deactivated user/membership/tenant stops working at once.
   */
  async loadSession(sessionId: string): Promise<{ session: AuthSession; membership: Membership; user: User; tenant: Tenant } | null> {
    const row = await this.manager
      .createQueryBuilder(AuthSession, 's')
      .innerJoinAndMapOne('s.membership', Membership, 'm', 'm.id = s.membershipId AND m.tenantId = s.tenantId')
      .innerJoinAndMapOne('s.user', User, 'u', 'u.id = s.userId')
      .innerJoinAndMapOne('s.tenant', Tenant, 't', 't.id = s.tenantId')
      .where('s.id = :id', { id: sessionId })
      .getOne();
    if (!row) return null;
    const { membership, user, tenant } = row as AuthSession & { membership: Membership; user: User; tenant: Tenant };
    return { session: row, membership, user, tenant };
  }

  /**
   * A calendar feed by id with its owner's membership in the feed's tenant (the feed URL
   * carries no session: its secret is the credential, checked by the caller).
   */
  async loadCalendarFeed(feedId: string): Promise<{ feed: CalendarFeed; membership: Membership; user: User; tenant: Tenant } | null> {
    const feed = await this.manager.findOne(CalendarFeed, { where: { id: feedId } });
    if (!feed) return null;
    const membership = await this.manager.findOne(Membership, { where: { tenantId: feed.tenantId, userId: feed.userId } });
    const user = await this.manager.findOne(User, { where: { id: feed.userId } });
    const tenant = await this.manager.findOne(Tenant, { where: { id: feed.tenantId } });
    if (!membership || !user || !tenant) return null;
    return { feed, membership, user, tenant };
  }

  async touchCalendarFeed(feedId: string, at: Date): Promise<void> {
    await this.manager.createQueryBuilder().update(CalendarFeed).set({ lastUsedAt: at, version: () => 'version' } as never).where('id = :id', { id: feedId }).execute();
  }

  /**
   * The tenant of a survey round, for the public survey link (no session: the token names the
   * round, and the survey service checks its secret inside that tenant). Null when unknown or
   * the tenant is inactive.
   */
  async surveyRoundTenant(roundId: string): Promise<string | null> {
    const round = await this.manager.findOne(SurveyRound, { where: { id: roundId }, select: { id: true, tenantId: true } });
    if (!round) return null;
    const tenant = await this.manager.findOne(Tenant, { where: { id: round.tenantId } });
    return tenant?.active ? tenant.id : null;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.manager.update(AuthSession, { id: sessionId }, { revokedAt: new Date(), updatedAt: new Date() });
  }

  async ping(): Promise<void> {
    await this.manager.query('SELECT 1');
  }
}
