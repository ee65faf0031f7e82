import { Membership } from '@pinzhi/db';
import type { PlatformDb } from '@pinzhi/db/platform';
import { hashPassword } from '@pinzhi/api-tenancy';

/**
 * A new, empty company with its first admin: no regions, projects, content or settings — what
 * a new company is on its first day. For tests and the browser tests' set-up (the platform
 * operator's console creates companies in production). An existing user joins as its admin.
 */
export async function createEmptyCompany(
  platform: PlatformDb,
  values: { slug: string; name: string; adminEmail: string; adminName: string; adminPassword: string },
): Promise<{ tenantId: string; userId: string }> {
  const passwordHash = await hashPassword(values.adminPassword);
  return platform.transaction(async (p) => {
    const tenant = await p.insertTenant({ slug: values.slug, name: values.name });
    const user =
      (await p.findUserByEmail(values.adminEmail)) ??
      (await p.insertUser({ email: values.adminEmail, displayName: values.adminName, passwordHash }));
    await p
      .tenant(tenant.id, null)
      .repo(Membership)
      .insert({ userId: user.id, role: 'TENANT_ADMIN', regionIds: [], displayName: values.adminName, phone: null, active: true });
    return { tenantId: tenant.id, userId: user.id };
  });
}
