import type { PlatformDb } from '@pinzhi/db/platform';
import type { RecordCatalogue, SearchProvider } from '@pinzhi/api-core';
import { AuditService, tenancyRecordKinds } from './audit.service';
import { AuthService, type AuthConfig } from './auth.service';
import { MembersService } from './members.service';
import { SearchResolver, SearchService, memberSearch } from './search';
import { AuditResolver, AuthResolver, MembersResolver } from './tenancy.resolver';

export { AuthService, hashPassword } from './auth.service';
export type { AuthConfig } from './auth.service';
export * from './types';

/**
 * Tenancy: sign-in, sessions, members and roles, the audit trail and record histories (names
 * and links from `records`), and the global search (`search`: each capability's provider). The
 * composition root fills both with every capability's parts after building them.
 */
export function tenancyModule(platform: PlatformDb, config: AuthConfig, records: RecordCatalogue, search: SearchProvider[] = []) {
  const auth = new AuthService(platform, config);
  const members = new MembersService(platform);
  search.push(memberSearch(members));
  return {
    auth,
    records: tenancyRecordKinds,
    resolvers: [AuthResolver, MembersResolver, AuditResolver, SearchResolver] as const,
    instances: [
      new AuthResolver(auth, platform),
      new MembersResolver(members),
      new AuditResolver(new AuditService(records)),
      new SearchResolver(new SearchService(search)),
    ],
  };
}
