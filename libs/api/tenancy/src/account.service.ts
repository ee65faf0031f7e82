import type { PlatformDb } from '@pinzhi/db/platform';
import { Membership } from '@pinzhi/db';
import { BadUserInputError, NotFoundError, UnauthenticatedError, changedFields, type RequestContext } from '@pinzhi/api-core';
import { temporaryPassword, type AuthService } from './auth.service';

/**
 * A person's own password (change, with the current one) and an admin's reset of a member's
 * password to a temporary one that must be changed at the next sign-in and expires.
 */
export class AccountService {
  constructor(
    private readonly platform: PlatformDb,
    private readonly auth: AuthService,
  ) {}

  /**
   * Changes the caller's password. The current one is checked under the sign-in limits (a
   * stolen session cannot guess it faster than a sign-in form could); the new one must pass
   * the strength check. Every other session of the person (in any company) ends; this one stays.
   */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const me = ctx.user;
    const user = await this.platform.findUserById(me.userId);
    if (!user) throw new NotFoundError('User', me.userId);
    const memberships = await this.platform.membershipsOf(user.id);
    const problem = this.auth.passwords.problem(['input', 'newPassword'], newPassword, [
      user.email,
      user.displayName,
      ...memberships.flatMap((m) => [m.tenant.slug, m.tenant.name, m.membership.displayName]),
    ]);
    if (problem) throw new BadUserInputError([problem]);
    try {
      await this.auth.checkPassword(user.email, currentPassword, ctx.ip);
    } catch (e) {
      // A wrong current password is a field error, not a sign-out (the session is fine).
      if (e instanceof UnauthenticatedError && e.extensions['reason'] === 'BAD_CREDENTIALS')
        throw BadUserInputError.field(['input', 'currentPassword'], 'WRONG_PASSWORD', 'This is not your current password');
      throw e;
    }
    if (await this.auth.passwords.verify(user.passwordHash, newPassword))
      throw BadUserInputError.field(['input', 'newPassword'], 'INVALID_VALUE', 'Choose a password different from the current one');
    const passwordHash = await this.auth.passwords.hash(newPassword);
    await this.platform.transaction(async (p) => {
      await p.updateUser(user.id, { passwordHash, mustChangePassword: false, passwordExpiresAt: null });
      const ended = await p.revokeSessions({ userId: user.id, exceptSessionId: me.sessionId });
      await p.tenant(me.tenantId, me.userId).audit({
        operation: 'changePassword',
        entity: 'User',
        entityId: user.id,
        changes: { otherSessionsEnded: { from: null, to: ended } },
      });
    });
    return true;
  }

  /**
   * A tenant admin gives a member a temporary password (shown once), valid for a limited
   * time and only for choosing a new one; every session of the person ends. Refused when the
   * account is also a member of another company: a company may not set a password that opens
   * another company's data (the person changes it themselves).
   */
  async resetMemberPassword(ctx: RequestContext, membershipId: string): Promise<{ temporaryPassword: string; expiresAt: Date }> {
    const member = await ctx.db.repo(Membership).getById(membershipId);
    if (member.userId === ctx.user.userId)
      throw BadUserInputError.field('id', 'INVALID_VALUE', 'Change your own password with 修改密码 (Change password)');
    const all = await this.platform.allMembershipsOf(member.userId);
    if (all.some((m) => m.tenantId !== ctx.user.tenantId))
      throw BadUserInputError.field(
        'id',
        'INVALID_VALUE',
        'This person signs in to Pinzhi for more than one company, so only they can change the password (修改密码 after signing in)',
      );
    const temp = temporaryPassword();
    const passwordHash = await this.auth.passwords.hash(temp);
    const expiresAt = new Date(ctx.now().getTime() + this.auth.temporaryPasswordTtlMs);
    await this.platform.transaction(async (p) => {
      await p.updateUser(member.userId, { passwordHash, mustChangePassword: true, passwordExpiresAt: expiresAt });
      const ended = await p.revokeSessions({ userId: member.userId });
      await p.tenant(ctx.user.tenantId, ctx.user.userId).audit({
        operation: 'resetMemberPassword',
        entity: 'Membership',
        entityId: member.id,
        changes: { ...changedFields(null, { expiresAt }, ['expiresAt']), sessionsEnded: { from: null, to: ended } },
      });
    });
    return { temporaryPassword: temp, expiresAt };
  }
}
