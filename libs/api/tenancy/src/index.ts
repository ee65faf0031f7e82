import type { PlatformDb } from '@pinzhi/db/platform';
import type { RateLimits, RecordCatalogue, SearchProvider } from '@pinzhi/api-core';
import { AccountService } from './account.service';
import { AuditService, tenancyRecordKinds } from './audit.service';
import { AuthService, type AuthConfig } from './auth.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { SearchResolver, SearchService, memberSearch } from './search';
import {
  AuditResolver,
  AuthResolver,
  CompanySettingsResolver,
  InvitationAcceptResolver,
  InvitationResolver,
  MembersResolver,
} from './tenancy.resolver';
import { CompanySettingsService } from './company-settings.service';
import { memberTemplate } from './member-import';
import type { DownloadRoute } from '@pinzhi/api-core';
import { PlatformResolver } from './platform/platform.resolver';
import { PlatformService } from './platform/platform.service';

export { AuthService, temporaryPassword, tenantSuspended } from './auth.service';
export { PlatformService, ensurePlatformOperator, generatedPassword } from './platform/platform.service';
export type { AuthConfig, LoginResult } from './auth.service';
export { Passwords, hashPassword } from './passwords';
export { InvitationsService, invitationStatus } from './invitations.service';
export type { InvitationDraft } from './invitations.service';
export * from './types';
export { importMembers, memberTemplate, splitRegions, MEMBER_IMPORTERS } from './member-import';

/**
 * Tenancy: sign-in, sessions, passwords, members, invitations and roles, the audit trail and
 * record histories (names and links from `records`), the company settings, and the global search (`search`: each
 * capability's provider). The composition root fills both with every capability's parts after
 * building them.
 */
export function tenancyModule(
  platform: PlatformDb,
  config: AuthConfig & { invitationTtlHours?: number },
  limits: RateLimits,
  records: RecordCatalogue,
  search: SearchProvider[] = [],
  now: () => Date = () => new Date(),
) {
  const auth = new AuthService(platform, config, limits, now);
  const account = new AccountService(platform, auth);
  const invitations = new InvitationsService(platform, auth, limits, config.invitationTtlHours);
  const members = new MembersService(platform);
  search.push(memberSearch(members));
  const downloads: DownloadRoute[] = [
    {
      // The member import's template (an example row, the roles and this company's regions).
      path: '/downloads/members/template.xlsx',
      handle: async (ctx) => ({
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ...(await memberTemplate(ctx)),
      }),
    },
  ];
  return {
    auth,
    invitations,
    downloads,
    records: tenancyRecordKinds,
    resolvers: [
      AuthResolver,
      InvitationAcceptResolver,
      MembersResolver,
      InvitationResolver,
      AuditResolver,
      SearchResolver,
      CompanySettingsResolver,
      PlatformResolver,
    ] as const,
    instances: [
      new AuthResolver(auth, platform, account),
      new InvitationAcceptResolver(invitations),
      new MembersResolver(members, invitations, account, platform),
      new InvitationResolver(),
      new AuditResolver(new AuditService(records)),
      new SearchResolver(new SearchService(search)),
      new CompanySettingsResolver(new CompanySettingsService(platform), platform),
      new PlatformResolver(auth, new PlatformService(platform, invitations)),
    ],
  };
}
