import type { PlatformDb } from '@pinzhi/db/platform';
import { Brackets, Membership, Region, User, containsPattern, paginate, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { REGION_SCOPED_ROLES, type Role } from '@pinzhi/domain';
import { hashPassword, temporaryPassword } from './auth.service';
import type { InviteMemberInput, MembersArgs, UpdateMemberInput } from './inputs';
import { MemberSortField } from './inputs';

/** Tenant admins manage who may sign in to their company, with which role and regions. */
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
        new Brackets((w) => w.where("u.email LIKE :like ESCAPE '!'", { like }).orWhere("u.displayName LIKE :like ESCAPE '!'", { like })),
      );
    }
    const sort = sortOrder(MemberSortField, args.sort, { field: 'createdAt', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'm', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<{ member: Membership; temporaryPassword: string | null }> {
    const regionIds = await this.checkRegions(ctx.db, input.role, input.regionIds ?? []);
    const email = input.email.trim().toLowerCase();
    return this.platform.transaction(async (p) => {
      const db = p.tenant(ctx.user.tenantId, ctx.user.userId);
      let user = await p.findUserByEmail(email);
      let temp: string | null = null;
      if (user) {
        if (await db.repo(Membership).exists({ userId: user.id })) {
          throw BadUserInputError.field(['input', 'email'], 'TAKEN', 'This person is already a member of your company');
        }
      } else {
        temp = input.password ? null : temporaryPassword();
        user = await p.insertUser({
          email,
          displayName: input.displayName.trim(),
          passwordHash: await hashPassword(input.password ?? temp!),
        });
      }
      const member = await db.repo(Membership).insert({ userId: user.id, role: input.role, regionIds, active: true });
      await db.audit({
        operation: 'inviteMember',
        entity: 'Membership',
        entityId: member.id,
        changes: changedFields<Membership & { email: string }>(null, { ...member, email }, ['email', 'role', 'regionIds', 'active']),
      });
      return { member, temporaryPassword: temp };
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateMemberInput, expectedVersion?: number | null): Promise<Membership> {
    // One transaction for the membership (tenant row) and the display name (global user row).
    return this.platform.transaction(async (p) => {
      const db = p.tenant(ctx.user.tenantId, ctx.user.userId);
      const before = await db.repo(Membership).getById(id);
      const role = input.role ?? before.role;
      if (before.userId === ctx.user.userId && role !== before.role) {
        throw BadUserInputError.field(['input', 'role'], 'INVALID_VALUE', 'You cannot change your own role');
      }
      const regionIds = await this.checkRegions(db, role, input.regionIds ?? before.regionIds);
      const after = await db.repo(Membership).update(id, { role, regionIds }, expectedVersion ?? undefined);
      const changes = changedFields(before, after, ['role', 'regionIds']);
      if (input.displayName && input.displayName.trim()) {
        const user = await p.findUserById(before.userId);
        if (user && user.displayName !== input.displayName.trim()) {
          changes['displayName'] = { from: user.displayName, to: input.displayName.trim() };
          await p.updateUser(user.id, { displayName: input.displayName.trim() });
        }
      }
      await db.audit({ operation: 'updateMember', entity: 'Membership', entityId: id, changes });
      return after;
    });
  }

  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<Membership> {
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Membership).getById(id);
      if (before.userId === ctx.user.userId && !active) {
        throw BadUserInputError.field('id', 'INVALID_VALUE', 'You cannot deactivate yourself');
      }
      const after = await db.repo(Membership).update(id, { active });
      await db.audit({
        operation: active ? 'reactivateMember' : 'deactivateMember',
        entity: 'Membership',
        entityId: id,
        changes: changedFields(before, after, ['active']),
      });
      return after;
    });
  }

  /** REGIONAL_OPS need at least one region of this tenant; other roles hold none. */
  private async checkRegions(db: TenantDb, role: Role, regionIds: string[]): Promise<string[]> {
    if (!REGION_SCOPED_ROLES.includes(role)) return [];
    const unique = [...new Set(regionIds)];
    if (unique.length === 0)
      throw BadUserInputError.field(['input', 'regionIds'], 'REQUIRED', 'Regional operations need at least one region');
    const found = await db.repo(Region).findByIds(unique);
    const missing = unique.filter((id) => !found.some((r) => r.id === id));
    if (missing.length)
      throw new BadUserInputError(missing.map((id) => fieldError(['input', 'regionIds'], 'NOT_FOUND', `Region ${id} does not exist`)));
    return unique;
  }
}
