import type { PlatformDb } from '@pinzhi/db/platform';
import type { RecordCatalogue } from '@pinzhi/api-core';
import { AuditService, tenancyRecordKinds } from './audit.service';
import { AuthService, type AuthConfig } from './auth.service';
import { MembersService } from './members.service';
import { AuditResolver, AuthResolver, MembersResolver } from './tenancy.resolver';

export { AuthService, hashPassword } from './auth.service';
export type { AuthConfig } from './auth.service';
export * from './types';

/**
 * Tenancy: sign-in, sessions, members and roles, the audit trail and record histories (names
 * and links from `records`, which the composition root fills with every capability's kinds).
 */
export function tenancyModule(platform: PlatformDb, config: AuthConfig, records: RecordCatalogue) {
  const auth = new AuthService(platform, config);
  return {
    auth,
    records: tenancyRecordKinds,
    resolvers: [AuthResolver, MembersResolver, AuditResolver] as const,
    instances: [
      new AuthResolver(auth, platform),
      new MembersResolver(new MembersService(platform)),
      new AuditResolver(new AuditService(records)),
    ],
  };
}
