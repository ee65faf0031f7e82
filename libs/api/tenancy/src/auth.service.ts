import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { PlatformDb } from '@pinzhi/db/platform';
import { BadUserInputError, TooManyAttemptsError, UnauthenticatedError, type AuthInfo } from '@pinzhi/api-core';
import type { Membership, Tenant, User } from '@pinzhi/db';
import type { Role } from '@pinzhi/domain';

export interface AuthConfig {
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** Failed sign-ins per account (and 5× that per address) before a pause. */
  maxFailedLogins: number;
  lockoutSeconds: number;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
  tenant: Tenant;
  membership: Membership;
  others: Array<{ membership: Membership; tenant: Tenant }>;
}

/** Argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A readable one-time password for invited users (no 0/O/1/l). */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Sign-in, tokens and sessions. A token is a signed JWT naming a session row; every request
 * re-reads that session with its membership, so sign-out and deactivation bite at once.
 */
export class AuthService {
  readonly #key: Uint8Array;
  readonly #byAccount: RateLimiterMemory;
  readonly #byAddress: RateLimiterMemory;
  #dummyHash: Promise<string> | null = null;

  constructor(
    private readonly platform: PlatformDb,
    private readonly config: AuthConfig,
  ) {
    this.#key = new TextEncoder().encode(config.jwtSecret);
    this.#byAccount = new RateLimiterMemory({
      points: config.maxFailedLogins,
      duration: config.lockoutSeconds,
      blockDuration: config.lockoutSeconds,
    });
    this.#byAddress = new RateLimiterMemory({
      points: config.maxFailedLogins * 5,
      duration: config.lockoutSeconds,
      blockDuration: config.lockoutSeconds,
    });
  }

  async login(input: { email: string; password: string; tenantSlug?: string | null; ip: string }): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase();
    await this.refuseIfThrottled(email, input.ip);

    const user = await this.platform.findUserByEmail(email);
    // Verify against a dummy hash for unknown accounts so timing does not reveal them.
    const ok = user ? await verify(user.passwordHash, input.password) : (await verify(await this.dummyHash(), input.password), false);
    if (!user || !ok || !user.active) {
      await this.recordFailure(email, input.ip);
      throw new UnauthenticatedError('BAD_CREDENTIALS', 'Wrong email or password');
    }
    const memberships = await this.platform.membershipsOf(user.id);
    if (memberships.length === 0) {
      await this.recordFailure(email, input.ip);
      throw new UnauthenticatedError('BAD_CREDENTIALS', 'This account has no active access to any company');
    }
    let chosen = memberships[0];
    if (input.tenantSlug) {
      const match = memberships.find((m) => m.tenant.slug === input.tenantSlug);
      if (!match) throw BadUserInputError.field('tenantSlug', 'INVALID_VALUE', 'You do not belong to this company');
      chosen = match;
    } else if (memberships.length > 1) {
      throw new BadUserInputError(
        [{ path: ['tenantSlug'], field: 'tenantSlug', reason: 'TENANT_REQUIRED', message: 'Choose the company to sign in to' }],
        { tenants: memberships.map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.membership.role })) },
      );
    }
    await this.#byAccount.delete(email);

    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    const session = await this.platform.transaction(async (p) => {
      const s = await p.insertSession({
        tenantId: chosen.tenant.id,
        userId: user.id,
        membershipId: chosen.membership.id,
        expiresAt,
        ip: input.ip.slice(0, 64),
      });
      await p
        .tenant(chosen.tenant.id, user.id)
        .audit({ operation: 'login', entity: 'AuthSession', entityId: s.id, changes: { ip: { from: null, to: s.ip } } });
      return s;
    });
    const token = await new SignJWT({ sid: session.id, tid: chosen.tenant.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.#key);
    return {
      token,
      expiresAt,
      user,
      tenant: chosen.tenant,
      membership: chosen.membership,
      others: memberships.filter((m) => m !== chosen),
    };
  }

  /** Turns a bearer token into the caller, or says precisely why it is not accepted. */
  async authenticate(token: string): Promise<{ auth: AuthInfo } | { failure: UnauthenticatedError }> {
    let sid: string;
    try {
      const { payload } = await jwtVerify(token, this.#key, { algorithms: ['HS256'] });
      sid = String(payload['sid']);
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired)
        return { failure: new UnauthenticatedError('SESSION_EXPIRED', 'Your session has expired; sign in again') };
      return { failure: new UnauthenticatedError('NO_TOKEN', 'The sign-in token is not valid; sign in again') };
    }
    const found = await this.platform.loadSession(sid);
    if (!found || found.revokedAt) return { failure: new UnauthenticatedError('SESSION_REVOKED', 'You were signed out; sign in again') };
    if (found.expiresAt.getTime() <= Date.now())
      return { failure: new UnauthenticatedError('SESSION_EXPIRED', 'Your session has expired; sign in again') };
    if (!found.userActive || !found.membershipActive || !found.tenantActive) {
      return { failure: new UnauthenticatedError('ACCOUNT_DEACTIVATED', 'Your account has been deactivated') };
    }
    return {
      auth: {
        userId: found.userId,
        tenantId: found.tenantId,
        tenantSlug: found.tenantSlug,
        membershipId: found.membershipId,
        sessionId: found.sessionId,
        role: found.role as Role,
        regionIds: found.regionIds ?? [],
      },
    };
  }

  /**
   * A calendar feed URL's token `<feed id>.<secret>`: the feed must exist, not be revoked,
   * and its owner must still be an active member — the same checks as a session.
   */
  async authenticateCalendarFeed(token: string): Promise<AuthInfo | null> {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
    if (!match) return null;
    const found = await this.platform.loadCalendarFeed(match[1]);
    if (!found || found.feed.revokedAt) return null;
    const given = createHash('sha256').update(match[2]).digest();
    const stored = Buffer.from(found.feed.secretHash, 'hex');
    if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
    if (!found.user.active || !found.membership.active || !found.tenant.active) return null;
    await this.platform.touchCalendarFeed(found.feed.id, new Date());
    return {
      userId: found.user.id,
      tenantId: found.tenant.id,
      tenantSlug: found.tenant.slug,
      membershipId: found.membership.id,
      sessionId: `calendar-feed:${found.feed.id}`,
      role: found.membership.role as Role,
      regionIds: found.membership.regionIds ?? [],
    };
  }

  logout(auth: { sessionId: string; tenantId: string; userId: string }): Promise<void> {
    return this.platform.transaction(async (p) => {
      await p.revokeSession(auth.sessionId);
      await p
        .tenant(auth.tenantId, auth.userId)
        .audit({ operation: 'logout', entity: 'AuthSession', entityId: auth.sessionId, changes: {} });
    });
  }

  private async refuseIfThrottled(email: string, ip: string): Promise<void> {
    for (const [limiter, key] of [
      [this.#byAccount, email],
      [this.#byAddress, ip],
    ] as const) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) throw new TooManyAttemptsError(Math.ceil(state.msBeforeNext / 1000));
    }
  }

  private async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.#byAccount.penalty(email, 1), this.#byAddress.penalty(ip, 1)]);
  }

  private dummyHash(): Promise<string> {
    this.#dummyHash ??= hashPassword('not-a-real-password');
    return this.#dummyHash;
  }
}
