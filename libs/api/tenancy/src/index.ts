import type { PlatformDb } from '@pinzhi/db/platform';
import { AuthService, type AuthConfig } from './auth.service';
import { MembersService } from './members.service';
import { AuditResolver, AuthResolver, CompanySettingsResolver, MembersResolver } from './tenancy.resolver';
import { CompanySettingsService } from './company-settings.service';

export { AuthService, hashPassword } from './auth.service';
export type { AuthConfig } from './auth.service';
export * from './types';

/** Tenancy: sign-in, sessions, members and roles, the audit trail, the company settings. */
export function tenancyModule(platform: PlatformDb, config: AuthConfig) {
  const auth = new AuthService(platform, config);
  return {
    auth,
    resolvers: [AuthResolver, MembersResolver, AuditResolver, CompanySettingsResolver] as const,
    instances: [
      new AuthResolver(auth, platform),
      new MembersResolver(new MembersService(platform)),
      new AuditResolver(),
      new CompanySettingsResolver(new CompanySettingsService()),
    ],
  };
}
