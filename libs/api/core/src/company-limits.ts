import { EvidenceFile, MemberInvitation, Membership, Project, type TenantDb } from '@pinzhi/db';
import { megabytes, overLimit, type CompanyLimitKind } from '@pinzhi/domain';
import { BadUserInputError } from './errors';

const MESSAGES: Record<CompanyLimitKind, string> = {
  members: 'Your company has reached its member limit; ask the platform operator to raise it',
  projects: 'Your company has reached its project limit; ask the platform operator to raise it',
  storage: 'Your company has reached its storage limit; ask the platform operator to raise it',
};

/**
 * Refuses (BAD_USER_INPUT, reason LIMIT_REACHED with `params.max`) a write that would take the
 * company past a limit the platform set: `adding` more active members (open invitations
 * count: each may become one), active projects, or bytes of stored files.
 */
export async function checkCompanyLimit(db: TenantDb, kind: CompanyLimitKind, path: string[], adding = 1, now = new Date()): Promise<void> {
  const company = await db.company();
  const max = kind === 'members' ? company.maxMembers : kind === 'projects' ? company.maxProjects : company.maxStorageMb;
  if (max == null) return;
  let used: number;
  let limit: number = max;
  if (kind === 'members') {
    const [members, invited] = await Promise.all([
      db.repo(Membership).count({ active: true }),
      db
        .repo(MemberInvitation)
        .query('i')
        .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now', { now })
        .getCount(),
    ]);
    used = members + invited;
  } else if (kind === 'projects') {
    used = await db.repo(Project).query('p').andWhere('p.archivedAt IS NULL').getCount();
  } else {
    const row = await db.repo(EvidenceFile).query('f').select('SUM(f.bytes)', 'total').getRawOne<{ total: unknown }>();
    used = Number(row?.total ?? 0);
    limit = megabytes(max);
  }
  if (overLimit(limit, used, adding)) throw BadUserInputError.field(path, 'LIMIT_REACHED', MESSAGES[kind], { max, limit: kind });
}
