import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { PlatformDb } from '@pinzhi/db/platform';
import { MemberInvitation, Membership, Region, StaleVersionError, UniqueViolationError, paginate, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  ConflictError,
  checkCompanyLimit,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type RateLimiter,
  type RateLimits,
  type RequestContext,
} from '@pinzhi/api-core';
import { REGION_SCOPED_ROLES, type Role } from '@pinzhi/domain';
import { newSecret, sameSecret, type AuthService, type LoginResult } from './auth.service';
import type { InvitationsArgs, InviteMemberInput } from './inputs';

export type InvitationStatus = 'PENDING' | 'EXPIRED' | 'ACCEPTED' | 'REVOKED';

/** What an invitation grants and how the company will know the person. */
export interface InvitationDraft {
  email: string;
  displayName: string;
  phone?: string | null;
  role: Role;
  regionIds: string[];
}

export type InvitationRefusal = 'INVALID' | 'EXPIRED' | 'USED' | 'REVOKED';
const REFUSALS: Record<InvitationRefusal, string> = {
  INVALID: 'This invitation link is not valid.',
  EXPIRED: 'This invitation has expired; ask the company for a new one.',
  USED: 'This invitation has been accepted already; sign in.',
  REVOKED: 'This invitation was withdrawn by the company.',
};
function refusal(reason: InvitationRefusal): GraphQLError {
  return new GraphQLError(REFUSALS[reason], { extensions: { code: 'NOT_FOUND', entity: 'Invitation', reason } });
}

/** What an invitation's audit entry records. */
export const INVITATION_AUDIT = ['email', 'displayName', 'role', 'regionIds', 'expiresAt'] as const;

const NO_USER = '00000000-0000-0000-0000-000000000000';
const TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,64})$/;

export function invitationStatus(i: MemberInvitation, now: Date): InvitationStatus {
  if (i.acceptedAt) return 'ACCEPTED';
  if (i.revokedAt) return 'REVOKED';
  return i.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

/** REGIONAL_OPS need at least one region of this tenant; other roles hold none. */
export async function checkRegions(db: TenantDb, role: Role, regionIds: string[], path: string[] = ['input', 'regionIds']) {
  if (!REGION_SCOPED_ROLES.includes(role)) return [];
  const unique = [...new Set(regionIds)];
  const found = unique.length ? await db.repo(Region).findByIds(unique) : [];
  const errors = regionErrors(role, unique, new Set(found.map((r) => r.id)), path);
  if (errors.length) throw new BadUserInputError(errors);
  return unique;
}

/** checkRegions' rule against regions already loaded (`known`: this tenant's region ids): what is wrong, if anything. */
export function regionErrors(role: Role, regionIds: readonly string[], known: ReadonlySet<string>, path: string[] | string) {
  if (!REGION_SCOPED_ROLES.includes(role)) return [];
  const unique = [...new Set(regionIds)];
  if (unique.length === 0) return [fieldError(path, 'REQUIRED', 'Regional operations need at least one region')];
  return unique.filter((id) => !known.has(id)).map((id) => fieldError(path, 'NOT_FOUND', `Region ${id} does not exist`));
}

export type InvitationTaken = 'MEMBER' | 'PENDING';
export const TAKEN_MESSAGES: Record<InvitationTaken, string> = {
  MEMBER: 'This person is already a member of your company',
  PENDING: 'This e-mail has a pending invitation; resend or withdraw it',
};

/**
 * Which of these (lower-case) e-mails cannot be invited into `db`'s tenant: the person is a
 * member here already, or the e-mail has a pending invitation. Only this tenant's own rows are
 * consulted; the membership query runs whether or not an account exists, so timing tells
 * nothing either. Three queries, whatever the number of e-mails.
 */
export async function takenEmails(
  p: PlatformDb,
  db: TenantDb,
  emails: readonly string[],
  now: Date,
): Promise<Map<string, InvitationTaken>> {
  const out = new Map<string, InvitationTaken>();
  if (emails.length === 0) return out;
  const users = await p.findUsersByEmail(emails);
  const userIds = [NO_USER, ...users.map((u) => u.id)];
  const members = new Set<string>();
  for (let i = 0; i < userIds.length; i += 500)
    for (const m of await db
      .repo(Membership)
      .query('m')
      .andWhere('m.userId IN (:...ids)', { ids: userIds.slice(i, i + 500) })
      .getMany())
      members.add(m.userId);
  for (const u of users) if (members.has(u.id)) out.set(u.email, 'MEMBER');
  const unique = [...new Set(emails)];
  for (let i = 0; i < unique.length; i += 500) {
    const open = await db
      .repo(MemberInvitation)
      .query('i')
      .andWhere('i.email IN (:...emails)', { emails: unique.slice(i, i + 500) })
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL')
      .getMany();
    for (const inv of open) if (!out.has(inv.email) && invitationStatus(inv, now) === 'PENDING') out.set(inv.email, 'PENDING');
  }
  return out;
}

/**
 * Invitations: how a person joins a company. The admin names an e-mail, a role and how the
 * company will know the person; the answer is the same whether or not that e-mail has an
 * account anywhere (nothing about other companies is read into it). The person opens the
 * link and either signs in with their existing account or creates one with a password of
 * their own; only then does a membership exist. `create` takes no request context, so the
 * platform (a new company's first admin) uses the same mechanism.
 */
export class InvitationsService {
  readonly #publicLimit: RateLimiter;

  constructor(
    private readonly platform: PlatformDb,
    private readonly auth: AuthService,
    limits: RateLimits,
    private readonly ttlHours = 7 * 24,
  ) {
    // Look-ups and new-account acceptances by link: the secret cannot be guessed, but each
    // try costs a password-strength check, so an address gets a bounded number.
    this.#publicLimit = limits.define({ name: 'invitation:address', per: 'address', points: 30, windowSeconds: 600 });
  }

  /** Creates an invitation in `tenantId` (actor null = the platform) and returns it with its link's token (shown once). */
  async create(
    p: PlatformDb,
    tenantId: string,
    actorUserId: string | null,
    draft: InvitationDraft,
    now: Date,
  ): Promise<{ invitation: MemberInvitation; token: string }> {
    const db = p.tenant(tenantId, actorUserId);
    const email = draft.email.trim().toLowerCase();
    const taken = (await takenEmails(p, db, [email], now)).get(email);
    if (taken) throw BadUserInputError.field(['input', 'email'], 'TAKEN', TAKEN_MESSAGES[taken]);
    await checkCompanyLimit(db, 'members', ['input', 'email'], 1, now);
    const { row, token } = this.newInvitation(actorUserId, draft, now);
    const invitation = await db.repo(MemberInvitation).insert(row);
    await db.audit({
      operation: 'inviteMember',
      entity: 'MemberInvitation',
      entityId: invitation.id,
      changes: changedFields(null, invitation, INVITATION_AUDIT),
    });
    return { invitation, token: `${invitation.id}.${token}` };
  }

  /** The row an invitation is (with a new id) and its link's secret; `create` and the member import write these. */
  newInvitation(actorUserId: string | null, draft: InvitationDraft, now: Date) {
    const { secret, hash } = newSecret();
    const row = {
      id: randomUUID(),
      email: draft.email.trim().toLowerCase(),
      displayName: draft.displayName.trim(),
      phone: draft.phone?.trim() || null,
      role: draft.role,
      regionIds: draft.regionIds,
      secretHash: hash,
      expiresAt: new Date(now.getTime() + this.ttlHours * 3600_000),
      sentAt: now,
      invitedByUserId: actorUserId,
      acceptedAt: null,
      acceptedUserId: null,
      revokedAt: null,
    };
    return { row, token: secret };
  }

  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<{ invitation: MemberInvitation; token: string }> {
    const regionIds = await checkRegions(ctx.db, input.role, input.regionIds ?? []);
    return this.platform.transaction((p) => this.create(p, ctx.user.tenantId, ctx.user.userId, { ...input, regionIds }, ctx.now()));
  }

  async list(ctx: RequestContext, args: InvitationsArgs) {
    checkPageArgs(args);
    const now = ctx.now();
    const qb = ctx.db.repo(MemberInvitation).query('i');
    const status = args.status ?? 'OPEN';
    if (status === 'OPEN' || status === 'PENDING' || status === 'EXPIRED') qb.andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL');
    if (status === 'PENDING') qb.andWhere('i.expiresAt > :now', { now });
    if (status === 'EXPIRED') qb.andWhere('i.expiresAt <= :now', { now });
    if (status === 'ACCEPTED') qb.andWhere('i.acceptedAt IS NOT NULL');
    if (status === 'REVOKED') qb.andWhere('i.revokedAt IS NOT NULL');
    const page = await paginate(qb, { alias: 'i', sortProperty: 'createdAt', direction: 'DESC', defaultSize: 20, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  /** A new link (the old one stops working) and a fresh expiry, for an invitation not yet accepted or withdrawn. */
  async resend(ctx: RequestContext, id: string): Promise<{ invitation: MemberInvitation; token: string }> {
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(MemberInvitation).getById(id);
      const status = invitationStatus(before, ctx.now());
      if (status === 'ACCEPTED' || status === 'REVOKED')
        throw BadUserInputError.field('id', 'INVALID_TRANSITION', `This invitation is ${status.toLowerCase()}; invite the person again`);
      const { secret, hash } = newSecret();
      const now = ctx.now();
      const after = await db
        .repo(MemberInvitation)
        .update(id, { secretHash: hash, sentAt: now, expiresAt: new Date(now.getTime() + this.ttlHours * 3600_000) }, before.version);
      await db.audit({
        operation: 'resendInvitation',
        entity: 'MemberInvitation',
        entityId: id,
        changes: changedFields(before, after, ['expiresAt']),
      });
      return { invitation: after, token: `${after.id}.${secret}` };
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<MemberInvitation> {
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(MemberInvitation).getById(id);
      const status = invitationStatus(before, ctx.now());
      if (status === 'ACCEPTED') throw BadUserInputError.field('id', 'INVALID_TRANSITION', 'This invitation has been accepted already');
      if (status === 'REVOKED') return before;
      const after = await db.repo(MemberInvitation).update(id, { revokedAt: ctx.now() }, before.version);
      await db.audit({
        operation: 'revokeInvitation',
        entity: 'MemberInvitation',
        entityId: id,
        changes: changedFields(before, after, ['revokedAt']),
      });
      return after;
    });
  }

  /** The invitation a link names, after checking its secret and state (no session needed). */
  private async open(token: string, now: Date) {
    const match = TOKEN.exec(token.trim());
    if (!match) throw refusal('INVALID');
    const found = await this.platform.findInvitation(match[1]);
    if (!found || !found.tenant.active || !sameSecret(found.invitation.secretHash, match[2])) throw refusal('INVALID');
    const status = invitationStatus(found.invitation, now);
    if (status === 'ACCEPTED') throw refusal('USED');
    if (status === 'REVOKED') throw refusal('REVOKED');
    if (status === 'EXPIRED') throw refusal('EXPIRED');
    return found;
  }

  private async limitPublic(ctx: RequestContext) {
    const decision = await this.#publicLimit.consume(ctx.ip || 'unknown');
    if (!decision.allowed)
      throw new GraphQLError(`Too many requests; try again in ${decision.retryAfterSeconds} seconds.`, {
        extensions: { code: 'TOO_MANY_ATTEMPTS', reason: 'REQUESTS', retryAfterSeconds: decision.retryAfterSeconds },
      });
  }

  /** What the accept page shows: the company, the role, the e-mail the invitation is for. */
  async preview(ctx: RequestContext, token: string) {
    await this.limitPublic(ctx);
    const { invitation, tenant } = await this.open(token, ctx.now());
    return {
      companyName: tenant.name,
      email: invitation.email,
      displayName: invitation.displayName,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Accepts: as the signed-in person (their e-mail must be the invitation's), by signing in
   * with the existing account's password, or by creating the account (`createAccount`) with a
   * new password. Then the membership exists and the answer is a session in that company.
   */
  async accept(
    ctx: RequestContext,
    input: { token: string; createAccount: boolean; password: string | null; displayName: string | null },
  ): Promise<LoginResult> {
    const { invitation, tenant } = await this.open(input.token, ctx.now());
    let userId: string;
    if (ctx.auth) {
      const me = await this.platform.findUserById(ctx.auth.userId);
      if (!me || me.email !== invitation.email)
        throw BadUserInputError.field(
          ['input', 'token'],
          'INVALID_VALUE',
          `This invitation is for ${invitation.email}; sign out and accept it as that person`,
        );
      userId = me.id;
    } else if (input.createAccount) {
      await this.limitPublic(ctx);
      const name = (input.displayName ?? '').trim() || invitation.displayName;
      const problem = this.auth.passwords.problem(['input', 'password'], input.password ?? '', [
        invitation.email,
        name,
        tenant.name,
        tenant.slug,
      ]);
      if (problem) throw new BadUserInputError([problem]);
      if (await this.platform.findUserByEmail(invitation.email))
        throw BadUserInputError.field(
          ['input', 'createAccount'],
          'ACCOUNT_EXISTS',
          'This e-mail already has a Pinzhi account: sign in with its password to accept the invitation',
        );
      const passwordHash = await this.auth.passwords.hash(input.password!);
      try {
        userId = (await this.platform.insertUser({ email: invitation.email, displayName: name, passwordHash })).id;
      } catch (e) {
        if (e instanceof UniqueViolationError)
          throw BadUserInputError.field(
            ['input', 'createAccount'],
            'ACCOUNT_EXISTS',
            'This e-mail already has a Pinzhi account: sign in with its password',
          );
        throw e;
      }
    } else {
      userId = (await this.auth.checkPassword(invitation.email, input.password ?? '', ctx.ip)).id;
    }

    const membership = await this.platform
      .transaction(async (p) => {
        const db = p.tenant(tenant.id, userId);
        const current = await db.repo(MemberInvitation).getById(invitation.id);
        if (invitationStatus(current, ctx.now()) !== 'PENDING' || current.secretHash !== invitation.secretHash) throw refusal('USED');
        let member = await db.repo(Membership).findOne({ userId });
        if (!member) {
          // Regions deleted since the invitation are dropped; a regional role left with none waits for the admin.
          const regions = REGION_SCOPED_ROLES.includes(current.role) ? await db.repo(Region).findByIds(current.regionIds) : [];
          member = await db.repo(Membership).insert({
            userId,
            role: current.role,
            regionIds: regions.map((r) => r.id),
            displayName: current.displayName,
            phone: current.phone,
            active: true,
          });
        }
        await db.repo(MemberInvitation).update(current.id, { acceptedAt: ctx.now(), acceptedUserId: userId }, current.version);
        await db.audit({
          operation: 'acceptInvitation',
          entity: 'Membership',
          entityId: member.id,
          changes: { ...changedFields(null, member, ['role', 'regionIds', 'displayName']), invitationId: { from: null, to: current.id } },
        });
        return member;
      })
      .catch((e) => {
        if (e instanceof StaleVersionError || e instanceof UniqueViolationError)
          throw new ConflictError('This invitation was just accepted; sign in');
        throw e;
      });
    if (!membership.active)
      throw BadUserInputError.field(
        ['input', 'token'],
        'INVALID_VALUE',
        'Your access to this company is deactivated; ask its administrator',
      );
    const user = (await this.platform.findUserById(userId))!;
    const memberships = await this.platform.membershipsOf(userId);
    return this.auth.startSession(user, { membership, tenant }, memberships, ctx.ip, 'acceptInvitation');
  }
}
