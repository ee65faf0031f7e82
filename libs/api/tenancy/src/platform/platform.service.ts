import { randomBytes } from 'node:crypto';
import type { PlatformDb } from '@pinzhi/db/platform';
import type { Tenant } from '@pinzhi/db';
import { BadUserInputError, NotFoundError, type OperatorInfo, type RequestContext } from '@pinzhi/api-core';
import type { AuditChanges } from '@pinzhi/domain';
import type { InvitationsService } from '../invitations.service';
import { hashPassword } from '../passwords';
import type { CompaniesArgs, CompanyLimitsInput, CreateCompanyInput, PlatformAuditArgs } from './platform.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A generated operator password: 24 characters from a readable alphabet (about 140 bits). */
export function generatedPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(24), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Creates a platform operator, or gives an existing one a new password (the command line and
 * start-up; there is no API for it). Returns whether it was created.
 */
export async function ensurePlatformOperator(
  platform: PlatformDb,
  input: { email: string; password: string; displayName?: string; resetPassword?: boolean },
): Promise<{ created: boolean; passwordSet: boolean; operatorId: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error(`"${input.email}" is not an e-mail address`);
  const existing = await platform.findOperatorByEmail(email);
  if (existing && !input.resetPassword) return { created: false, passwordSet: false, operatorId: existing.id };
  const passwordHash = await hashPassword(input.password);
  return platform.transaction(async (p) => {
    if (existing) {
      await p.updateOperator(existing.id, { passwordHash, active: true });
      await p.operatorTrail(null).audit({
        operation: 'createPlatformOperator',
        entity: 'PlatformOperator',
        entityId: existing.id,
        changes: { email: { from: email, to: email } },
      });
      return { created: false, passwordSet: true, operatorId: existing.id };
    }
    const operator = await p.insertOperator({ email, displayName: input.displayName?.trim() || email.split('@')[0], passwordHash });
    await p.operatorTrail(null).audit({
      operation: 'createPlatformOperator',
      entity: 'PlatformOperator',
      entityId: operator.id,
      changes: { email: { from: null, to: email } },
    });
    return { created: true, passwordSet: true, operatorId: operator.id };
  });
}

export interface CompanyView {
  id: string;
  code: string;
  name: string;
  active: boolean;
  suspendedAt: Date | null;
  createdAt: Date;
  maxMembers: number | null;
  maxProjects: number | null;
  maxStorageMb: number | null;
  memberCount: number;
  projectCount: number;
  storageBytes: number;
  lastActivityAt: Date | null;
}

/**
 * The platform operator's console: companies with their usage, creating a company with its
 * first admin (an invitation, the same mechanism a company admin uses), suspending and
 * reactivating one, its limits, and the platform's audit trail. Every method first requires a
 * platform operator (`ctx.platformOperator`: FORBIDDEN for a company member). No company data
 * is read: only counts (`PlatformDb.tenantUsage`, a declared cross-tenant operation).
 */
export class PlatformService {
  constructor(
    private readonly platform: PlatformDb,
    private readonly invitations: InvitationsService,
  ) {}

  async me(ctx: RequestContext) {
    const op = ctx.platformOperator;
    const operator = await this.platform.findOperatorById(op.operatorId);
    if (!operator) throw new NotFoundError('PlatformOperator', op.operatorId);
    return operator;
  }

  async companies(ctx: RequestContext, args: CompaniesArgs): Promise<{ nodes: CompanyView[]; totalCount: number }> {
    void ctx.platformOperator;
    const { rows, total } = await this.platform.listTenants({ search: args.search, offset: args.offset, limit: args.limit });
    return { nodes: await this.views(rows), totalCount: total };
  }

  async company(ctx: RequestContext, id: string): Promise<CompanyView> {
    void ctx.platformOperator;
    return (await this.views([await this.tenant(id)]))[0];
  }

  async createCompany(ctx: RequestContext, input: CreateCompanyInput): Promise<{ company: CompanyView; acceptPath: string }> {
    const operator = ctx.platformOperator;
    const code = input.code.trim().toLowerCase();
    if (await this.platform.findTenantBySlug(code))
      throw BadUserInputError.field(['input', 'code'], 'TAKEN', 'Another company has this code already');
    const { tenant, token } = await this.platform.transaction(async (p) => {
      const tenant = await p.insertTenant({ slug: code, name: input.name.trim() });
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'createCompany',
        entity: 'Company',
        entityId: tenant.id,
        companyId: tenant.id,
        changes: { code: { from: null, to: code }, name: { from: null, to: tenant.name } },
      });
      const { invitation, token } = await this.invitations.create(
        p,
        tenant.id,
        null,
        { email: input.adminEmail, displayName: input.adminName, role: 'TENANT_ADMIN', regionIds: [] },
        ctx.now(),
      );
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'inviteCompanyAdmin',
        entity: 'MemberInvitation',
        entityId: invitation.id,
        companyId: tenant.id,
        changes: { email: { from: null, to: invitation.email }, displayName: { from: null, to: invitation.displayName } },
      });
      return { tenant, token };
    });
    return { company: (await this.views([tenant]))[0], acceptPath: `/invitations/${token}` };
  }

  /** Another admin invitation for a company (e.g. when the first link expired or went to the wrong person). */
  async inviteAdmin(ctx: RequestContext, companyId: string, input: { email: string; displayName: string }) {
    const operator = ctx.platformOperator;
    const tenant = await this.tenant(companyId);
    const { invitation, token } = await this.platform.transaction(async (p) => {
      const made = await this.invitations.create(
        p,
        tenant.id,
        null,
        { email: input.email, displayName: input.displayName, role: 'TENANT_ADMIN', regionIds: [] },
        ctx.now(),
      );
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'inviteCompanyAdmin',
        entity: 'MemberInvitation',
        entityId: made.invitation.id,
        companyId: tenant.id,
        changes: { email: { from: null, to: made.invitation.email }, displayName: { from: null, to: made.invitation.displayName } },
      });
      return made;
    });
    return { acceptPath: `/invitations/${token}`, expiresAt: invitation.expiresAt };
  }

  /** Suspends a company: every open session of its members ends at once, and nobody signs in until it is reactivated. */
  async suspend(ctx: RequestContext, companyId: string): Promise<CompanyView> {
    const operator = ctx.platformOperator;
    const tenant = await this.tenant(companyId);
    if (!tenant.active) return (await this.views([tenant]))[0];
    const now = ctx.now();
    await this.platform.transaction(async (p) => {
      await p.updateTenant(tenant.id, { active: false, suspendedAt: now });
      const ended = await p.revokeTenantSessions(tenant.id, now);
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'suspendCompany',
        entity: 'Company',
        entityId: tenant.id,
        companyId: tenant.id,
        changes: {
          active: { from: true, to: false },
          suspendedAt: { from: null, to: now.toISOString() },
          sessionsEnded: { from: null, to: ended },
        },
      });
    });
    return this.company(ctx, tenant.id);
  }

  async reactivate(ctx: RequestContext, companyId: string): Promise<CompanyView> {
    const operator = ctx.platformOperator;
    const tenant = await this.tenant(companyId);
    if (tenant.active) return (await this.views([tenant]))[0];
    await this.platform.transaction(async (p) => {
      await p.updateTenant(tenant.id, { active: true, suspendedAt: null });
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'reactivateCompany',
        entity: 'Company',
        entityId: tenant.id,
        companyId: tenant.id,
        changes: { active: { from: false, to: true }, suspendedAt: { from: tenant.suspendedAt?.toISOString() ?? null, to: null } },
      });
    });
    return this.company(ctx, tenant.id);
  }

  async setLimits(ctx: RequestContext, companyId: string, input: CompanyLimitsInput): Promise<CompanyView> {
    const operator = ctx.platformOperator;
    const tenant = await this.tenant(companyId);
    const next = { maxMembers: input.maxMembers ?? null, maxProjects: input.maxProjects ?? null, maxStorageMb: input.maxStorageMb ?? null };
    const changes: AuditChanges = {};
    for (const key of ['maxMembers', 'maxProjects', 'maxStorageMb'] as const) {
      if (tenant[key] !== next[key]) changes[key] = { from: tenant[key], to: next[key] };
    }
    if (Object.keys(changes).length) {
      await this.platform.transaction(async (p) => {
        await p.updateTenant(tenant.id, next);
        await p
          .operatorTrail(operator.operatorId)
          .audit({ operation: 'setCompanyLimits', entity: 'Company', entityId: tenant.id, companyId: tenant.id, changes });
      });
    }
    return this.company(ctx, tenant.id);
  }

  async auditEntries(ctx: RequestContext, args: PlatformAuditArgs) {
    void ctx.platformOperator;
    const { rows, total } = await this.platform.platformAuditEntries({ companyId: args.companyId, offset: args.offset, limit: args.limit });
    const operators = new Map<string, string>();
    const companies = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.operatorId).filter((x): x is string => !!x)))
      operators.set(id, (await this.platform.findOperatorById(id))?.email ?? '');
    for (const id of new Set(rows.map((r) => r.companyId).filter((x): x is string => !!x)))
      companies.set(id, (await this.platform.findTenantById(id))?.name ?? '');
    return {
      totalCount: total,
      nodes: rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        operatorEmail: r.operatorId ? (operators.get(r.operatorId) ?? null) : null,
        companyId: r.companyId,
        companyName: r.companyId ? (companies.get(r.companyId) ?? null) : null,
        operation: r.operation,
        entity: r.entity,
        entityId: r.entityId,
        changes: Object.entries(r.changes ?? {}).map(([field, c]) => ({
          field,
          from: c?.from ?? null,
          to: c?.to ?? null,
          refKind: null,
          fromRefs: null,
          toRefs: null,
        })),
      })),
    };
  }

  private async tenant(id: string): Promise<Tenant> {
    const tenant = UUID.test(id) ? await this.platform.findTenantById(id) : null;
    if (!tenant) throw new NotFoundError('Company', id);
    return tenant;
  }

  private async views(rows: Tenant[]): Promise<CompanyView[]> {
    const usage = await this.platform.tenantUsage(rows.map((t) => t.id));
    return rows.map((t) => {
      const u = usage.get(t.id)!;
      return {
        id: t.id,
        code: t.slug,
        name: t.name,
        active: t.active,
        suspendedAt: t.suspendedAt,
        createdAt: t.createdAt,
        maxMembers: t.maxMembers,
        maxProjects: t.maxProjects,
        maxStorageMb: t.maxStorageMb,
        memberCount: u.members,
        projectCount: u.projects,
        storageBytes: u.storageBytes,
        lastActivityAt: u.lastActivityAt,
      };
    });
  }
}

export type { OperatorInfo };
