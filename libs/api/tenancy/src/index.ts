import type { PlatformDb } from '@pinzhi/db/platform';
import type { RateLimits } from '@pinzhi/api-core';
import { AccountService } from './account.service';
import { AuthService, type AuthConfig } from './auth.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { AuditResolver, AuthResolver, InvitationAcceptResolver, InvitationResolver, MembersResolver } from './tenancy.resolver';

export { AuthService, temporaryPassword } from './auth.service';
export type { AuthConfig, LoginResult } from './auth.service';
export { Passwords, hashPassword } from './passwords';
export { InvitationsService, invitationStatus } from './invitations.service';
export type { InvitationDraft } from './invitations.service';
export * from './types';

/** Tenancy: sign-in, sessions, passwords, members, invitations and roles, the audit trail. */
export function tenancyModule(
  platform: PlatformDb,
  config: AuthConfig & { invitationTtlHours?: number },
  limits: RateLimits,
  now: () => Date = () => new Date(),
) {
  const auth = new AuthService(platform, config, limits, now);
  const account = new AccountService(platform, auth);
  const invitations = new InvitationsService(platform, auth, limits, config.invitationTtlHours);
  return {
    auth,
    invitations,
    resolvers: [AuthResolver, InvitationAcceptResolver, MembersResolver, InvitationResolver, AuditResolver] as const,
    instances: [
      new AuthResolver(auth, platform, account),
      new InvitationAcceptResolver(invitations),
      new MembersResolver(new MembersService(platform), invitations, account),
      new InvitationResolver(),
      new AuditResolver(),
    ],
  };
}
