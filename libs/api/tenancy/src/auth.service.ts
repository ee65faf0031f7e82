import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { PlatformDb } from '@pinzhi/db/platform';
import {
  BadUserInputError,
  TooManyAttemptsError,
  UnauthenticatedError,
  type AuthInfo,
  type OperatorInfo,
  type RateLimiter,
  type RateLimits,
} from '@pinzhi/api-core';
import type { Membership, PlatformOperator, Tenant, User } from '@pinzhi/db';
import type { Role } from '@pinzhi/domain';
import { Passwords } from './passwords';

export interface AuthConfig {
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** Sign-in attempts per account (and 5× that per address) in `lockoutSeconds` before a pause of that length. */
  maxFailedLogins: number;
  lockoutSeconds: number;
  /** Password hashes computed at once (default 2). */
  hashConcurrency?: number;
  /** zxcvbn score (0–4) a new password must reach (default 2). */
  passwordMinStrength?: number;
  /** How long an admin-issued temporary password works (default 72 h). */
  temporaryPasswordTtlHours?: number;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
  tenant: Tenant;
  membership: Membership;
  others: Array<{ membership: Membership; tenant: Tenant }>;
}

/** Refused because the company is suspended (停用) by the platform. */
export function tenantSuspended(): UnauthenticatedError {
  return new UnauthenticatedError('TENANT_SUSPENDED', 'This company has been suspended; contact the platform operator');
}

/** A readable one-time password (no 0/O/1/l), for admin resets. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}

/** A link secret and the hash that is stored instead of it. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(24).toString('base64url');
  return { secret, hash: sha256(secret) };
}
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
export function sameSecret(storedHash: string, given: string): boolean {
  const a = Buffer.from(storedHash, 'hex');
  const b = createHash('sha256').update(given).digest();
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sign-in, tokens and sessions. A token is a signed JWT naming a session row; every request
 * re-reads that session with its membership, so sign-out and deactivation bite at once.
 *
 * Throttling: each attempt is counted (atomically, in the shared rate-limit store) per
 * account and per client address *before* the password is verified, so 100 parallel
 * attempts verify at most the limit. A successful sign-in clears the account's counter and
 * gives its point back to the address (an office behind one address is not locked out by its
 * own staff signing in).
 */
export class AuthService {
  readonly #key: Uint8Array;
  readonly #byAccount: RateLimiter;
  readonly #byAddress: RateLimiter;
  readonly passwords: Passwords;

  constructor(
    private readonly platform: PlatformDb,
    private readonly config: AuthConfig,
    limits: RateLimits,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.#key = new TextEncoder().encode(config.jwtSecret);
    this.#byAccount = limits.define({
      name: 'sign-in:account',
      per: 'account',
      points: config.maxFailedLogins,
      windowSeconds: config.lockoutSeconds,
      blockSeconds: config.lockoutSeconds,
    });
    this.#byAddress = limits.define({
      name: 'sign-in:address',
      per: 'address',
      points: config.maxFailedLogins * 5,
      windowSeconds: config.lockoutSeconds,
      blockSeconds: config.lockoutSeconds,
    });
    this.passwords = new Passwords({ hashConcurrency: config.hashConcurrency ?? 2, minStrength: config.passwordMinStrength ?? 2 });
  }

  get temporaryPasswordTtlMs(): number {
    return (this.config.temporaryPasswordTtlHours ?? 72) * 3600 * 1000;
  }

  /**
   * Checks an e-mail and password under the sign-in limits: counts the attempt first, then
   * verifies (unknown e-mails cost the same). Returns the active user, or throws
   * BAD_CREDENTIALS / TOO_MANY_ATTEMPTS / PASSWORD_EXPIRED. On success the account's counter
   * is cleared and the address gets its point back.
   */
  async checkPassword(emailGiven: string, password: string, ip: string): Promise<User> {
    const email = emailGiven.trim().toLowerCase();
    const [account, address] = await Promise.all([this.#byAccount.consume(email), this.#byAddress.consume(ip || 'unknown')]);
    const refused = [account, address].filter((d) => !d.allowed);
    if (refused.length) throw new TooManyAttemptsError(Math.max(...refused.map((d) => d.retryAfterSeconds)));

    const user = await this.platform.findUserByEmail(email);
    const ok = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNobody(password);
    if (!user || !ok || !user.active) throw new UnauthenticatedError('BAD_CREDENTIALS', 'Wrong email or password');
    await Promise.all([this.#byAccount.reset(email), this.#byAddress.refund(ip || 'unknown')]);
    if (user.passwordExpiresAt && user.passwordExpiresAt.getTime() <= this.now().getTime()) {
      throw new UnauthenticatedError('PASSWORD_EXPIRED', 'This temporary password has expired; ask your administrator for a new one');
    }
    return user;
  }

  async login(input: { email: string; password: string; tenantSlug?: string | null; ip: string }): Promise<LoginResult> {
    const user = await this.checkPassword(input.email, input.password, input.ip);
    const all = await this.platform.membershipsOf(user.id, { includeSuspended: true });
    const memberships = all.filter((m) => m.tenant.active);
    const suspended = all.filter((m) => !m.tenant.active);
    // A suspended company refuses its members with the reason (they know they belong to it).
    if (input.tenantSlug && suspended.some((m) => m.tenant.slug === input.tenantSlug)) throw tenantSuspended();
    if (memberships.length === 0) {
      if (suspended.length) throw tenantSuspended();
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
    return this.startSession(user, chosen, memberships, input.ip, 'login');
  }

  /** A new session for `user` in `chosen` (sign-in, or an accepted invitation), audited in that tenant. */
  async startSession(
    user: User,
    chosen: { membership: Membership; tenant: Tenant },
    memberships: Array<{ membership: Membership; tenant: Tenant }>,
    ip: string,
    operation: 'login' | 'acceptInvitation',
  ): Promise<LoginResult> {
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    const session = await this.platform.transaction(async (p) => {
      const s = await p.insertSession({
        tenantId: chosen.tenant.id,
        userId: user.id,
        membershipId: chosen.membership.id,
        expiresAt,
        ip: ip.slice(0, 64),
      });
      await p
        .tenant(chosen.tenant.id, user.id)
        .audit({ operation, entity: 'AuthSession', entityId: s.id, changes: { ip: { from: null, to: s.ip } } });
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
      others: memberships.filter((m) => m.tenant.id !== chosen.tenant.id),
    };
  }

  /**
   * A platform operator's sign-in (its own accounts and sessions; the token says `kind:
   * platform` and names no tenant). Counted under the same sign-in limits as members.
   */
  async platformLogin(input: {
    email: string;
    password: string;
    ip: string;
  }): Promise<{ token: string; expiresAt: Date; operator: PlatformOperator }> {
    const email = input.email.trim().toLowerCase();
    const key = `platform:${email}`;
    const ip = input.ip || 'unknown';
    const [account, address] = await Promise.all([this.#byAccount.consume(key), this.#byAddress.consume(ip)]);
    const refused = [account, address].filter((d) => !d.allowed);
    if (refused.length) throw new TooManyAttemptsError(Math.max(...refused.map((d) => d.retryAfterSeconds)));
    const operator = await this.platform.findOperatorByEmail(email);
    const ok = operator
      ? await this.passwords.verify(operator.passwordHash, input.password)
      : await this.passwords.verifyNobody(input.password);
    if (!operator || !ok || !operator.active) throw new UnauthenticatedError('BAD_CREDENTIALS', 'Wrong email or password');
    await Promise.all([this.#byAccount.reset(key), this.#byAddress.refund(ip)]);
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    const session = await this.platform.transaction(async (p) => {
      const s = await p.insertPlatformSession({ operatorId: operator.id, expiresAt, ip: input.ip.slice(0, 64) });
      await p
        .operatorTrail(operator.id)
        .audit({ operation: 'platformLogin', entity: 'PlatformSession', entityId: s.id, changes: { ip: { from: null, to: s.ip } } });
      return s;
    });
    const token = await new SignJWT({ sid: session.id, kind: 'platform' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(operator.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.#key);
    return { token, expiresAt, operator };
  }

  platformLogout(operator: OperatorInfo): Promise<void> {
    return this.platform.transaction(async (p) => {
      await p.revokePlatformSession(operator.sessionId);
      await p
        .operatorTrail(operator.operatorId)
        .audit({ operation: 'platformLogout', entity: 'PlatformSession', entityId: operator.sessionId, changes: {} });
    });
  }

  /** Turns a bearer token into the caller (a member, or a platform operator), or says precisely why it is not accepted. */
  async authenticate(token: string): Promise<{ auth: AuthInfo } | { operator: OperatorInfo } | { failure: UnauthenticatedError }> {
    let sid: string;
    let platform = false;
    try {
      const { payload } = await jwtVerify(token, this.#key, { algorithms: ['HS256'] });
      sid = String(payload['sid']);
      platform = payload['kind'] === 'platform';
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired)
        return { failure: new UnauthenticatedError('SESSION_EXPIRED', 'Your session has expired; sign in again') };
      return { failure: new UnauthenticatedError('NO_TOKEN', 'The sign-in token is not valid; sign in again') };
    }
    if (platform) return this.authenticateOperator(sid);
    const found = await this.platform.loadSession(sid);
    if (!found) return { failure: new UnauthenticatedError('SESSION_REVOKED', 'You were signed out; sign in again') };
    // Suspension and deactivation also revoke the sessions (for good); say the more useful reason while it lasts.
    if (!found.tenantActive) return { failure: tenantSuspended() };
    if (!found.userActive || !found.membershipActive) {
      return { failure: new UnauthenticatedError('ACCOUNT_DEACTIVATED', 'Your account has been deactivated') };
    }
    if (found.revokedAt) return { failure: new UnauthenticatedError('SESSION_REVOKED', 'You were signed out; sign in again') };
    if (found.expiresAt.getTime() <= Date.now())
      return { failure: new UnauthenticatedError('SESSION_EXPIRED', 'Your session has expired; sign in again') };
    // A session opened with a temporary password lasts no longer than that password.
    if (found.mustChangePassword && found.passwordExpiresAt && found.passwordExpiresAt.getTime() <= this.now().getTime()) {
      return {
        failure: new UnauthenticatedError('PASSWORD_EXPIRED', 'This temporary password has expired; ask your administrator for a new one'),
      };
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
        passwordChangeRequired: !!found.mustChangePassword,
      },
    };
  }

  private async authenticateOperator(sid: string): Promise<{ operator: OperatorInfo } | { failure: UnauthenticatedError }> {
    const found = await this.platform.loadPlatformSession(sid);
    if (!found || found.session.revokedAt)
      return { failure: new UnauthenticatedError('SESSION_REVOKED', 'You were signed out; sign in again') };
    if (!found.operator.active) return { failure: new UnauthenticatedError('ACCOUNT_DEACTIVATED', 'Your account has been deactivated') };
    if (found.session.expiresAt.getTime() <= Date.now())
      return { failure: new UnauthenticatedError('SESSION_EXPIRED', 'Your session has expired; sign in again') };
    return { operator: { operatorId: found.operator.id, sessionId: found.session.id, email: found.operator.email } };
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
    if (!sameSecret(found.feed.secretHash, match[2])) return null;
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
}
