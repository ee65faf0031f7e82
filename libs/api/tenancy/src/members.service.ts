import type { PlatformDb } from '@pinzhi/db/platform';
import { Brackets, Membership, User, containsPattern, paginate } from '@pinzhi/db';
import {
  BadUserInputError,
  changedFields,
  checkCompanyLimit,
  checkPageArgs,
  cursorError,
  sortOrder,
  toConnection,
  type RequestContext,
} from '@pinzhi/api-core';
import type { MembersArgs, UpdateMemberInput } from './inputs';
import { MemberSortField } from './inputs';
import { checkRegions } from './invitations.service';

/**
 * Tenant admins manage who may sign in to their company, with which role and regions, and
 * how the company knows each person (name, phone: kept on the membership, never on the
 * shared account, so no company changes what another sees). People join by invitation.
 */
export class MembersService {
  constructor(private readonly platform: PlatformDb) {}

  async list(ctx: RequestContext, args: MembersArgs) {
    checkPageArgs(args);
    const qb = ctx.db.repo(Membership).query('m');
    const f = args.filter ?? {};
    if (f.role) qb.andWhere('m.role = :role', { role: f.role });
    if (f.active != null) qb.andWhere('m.active = :active', { active: f.active });
    if (f.search?.trim()) {
      const like = containsPattern(f.search);
      qb.innerJoin(User, 'u', 'u.id = m.userId').andWhere(
        new Brackets((w) => w.where("u.email LIKE :like ESCAPE '!'", { like }).orWhere("m.displayName LIKE :like ESCAPE '!'", { like })),
      );
    }
    const sort = sortOrder(MemberSortField, args.sort, { field: 'createdAt', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'm', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  async update(ctx: RequestContext, id: string, input: UpdateMemberInput, expectedVersion?: number | null): Promise<Membership> {
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Membership).getById(id);
      const role = input.role ?? before.role;
      if (before.userId === ctx.user.userId && role !== before.role) {
        throw BadUserInputError.field(['input', 'role'], 'INVALID_VALUE', 'You cannot change your own role');
      }
      const regionIds = await checkRegions(db, role, input.regionIds ?? before.regionIds);
      const patch: Partial<Membership> = { role, regionIds };
      if (input.displayName?.trim()) patch.displayName = input.displayName.trim();
      if (input.phone !== undefined) patch.phone = input.phone?.trim() || null;
      const after = await db.repo(Membership).update(id, patch, expectedVersion ?? undefined);
      await db.audit({
        operation: 'updateMember',
        entity: 'Membership',
        entityId: id,
        changes: changedFields(before, after, ['role', 'regionIds', 'displayName', 'phone']),
      });
      return after;
    });
  }

  /**
   * Deactivation ends every session the person has in this company, for good: a later
   * reactivation lets them sign in again but never revives an old token.
   */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<Membership> {
    return this.platform.transaction(async (p) => {
      const db = p.tenant(ctx.user.tenantId, ctx.user.userId);
      const before = await db.repo(Membership).getById(id);
      if (before.userId === ctx.user.userId && !active) {
        throw BadUserInputError.field('id', 'INVALID_VALUE', 'You cannot deactivate yourself');
      }
      // Back from deactivation, the person takes a seat again: the platform's member limit holds.
      if (active && !before.active) await checkCompanyLimit(db, 'members', ['id']);
      const after = await db.repo(Membership).update(id, { active });
      const changes = changedFields(before, after, ['active']);
      if (!active) {
        const ended = await p.revokeSessions({ userId: before.userId, membershipId: before.id });
        changes['sessionsEnded'] = { from: null, to: ended };
      }
      await db.audit({ operation: active ? 'reactivateMember' : 'deactivateMember', entity: 'Membership', entityId: id, changes });
      return after;
    });
  }
}
