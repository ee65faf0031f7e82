import { validate } from 'class-validator';
import type { PlatformDb } from '@pinzhi/db/platform';
import { MemberInvitation, Region, UniqueViolationError, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  changedFields,
  checkCompanyLimit,
  importCellText,
  importTemplate,
  missingColumnErrors,
  openImportSheet,
  toFieldErrors,
  type ImportRowError,
  type RequestContext,
} from '@pinzhi/api-core';
import { IMPORT_SHEETS, REGION_SCOPED_ROLES, ROLES, ROLE_LABELS, RULES, roleOf, type Role } from '@pinzhi/domain';
import { InviteMemberInput } from './inputs';
import { INVITATION_AUDIT, TAKEN_MESSAGES, regionErrors, takenEmails, type InvitationsService } from './invitations.service';

/** Columns of the member sheet (Chinese or English headers), shared with the web client. */
const COLUMNS = IMPORT_SHEETS.members.columns;
/** Where an inviteMember input check's field is reported (its column). */
const COLUMN_OF_FIELD: Record<string, string> = { email: 'email', displayName: 'displayName', phone: 'phone', regionIds: 'regions' };

/** Who may invite (inviteMember's @Authorized): the company admin. */
export const MEMBER_IMPORTERS: readonly Role[] = ['TENANT_ADMIN'];

function requireInviter(ctx: RequestContext): void {
  if (!MEMBER_IMPORTERS.includes(ctx.user.role)) throw new ForbiddenError('Only a company admin may invite members');
}

/** "华东区域、south, 华南；north" → ["华东区域", "south", "华南", "north"]. */
export function splitRegions(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((z) => z.trim())
    .filter(Boolean);
}

interface Planned {
  row: number;
  draft: { email: string; displayName: string; phone: string | null; role: Role; regionIds: string[] };
}

/**
 * Reads and checks the whole sheet: each row with the inviteMember input checks (e-mail,
 * name, phone), its role (enum name or the web's label), its regions (name or code, this
 * company's; checkRegions' rule), an e-mail twice in the file, and an e-mail inviteMember would
 * refuse (a member already, or an open invitation) — a few queries, whatever the number of rows.
 */
async function plan(
  p: PlatformDb,
  db: TenantDb,
  fileBase64: string,
  now: Date,
): Promise<{ rows: number; errors: ImportRowError[]; planned: Planned[] }> {
  const { sheet, columnOf, headerName } = await openImportSheet(fileBase64, COLUMNS);
  const errors: ImportRowError[] = missingColumnErrors(COLUMNS, columnOf);
  if (errors.length) return { rows: 0, errors, planned: [] };

  const regions = await db.repo(Region).find();
  const regionByName = new Map(regions.map((r) => [r.name, r]));
  const regionByCode = new Map(regions.filter((r) => r.code).map((r) => [r.code!.toLowerCase(), r]));
  const known = new Set(regions.map((r) => r.id));

  const parsed: Array<{
    row: number;
    input: InviteMemberInput;
    role: Role | null;
    regionIds: string[];
    push: (f: string, reason: string, message: string, params?: Record<string, unknown>) => void;
  }> = [];
  const emailsSeen = new Map<string, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (field: string) => {
      const idx = columnOf.get(field);
      return idx ? importCellText(row.getCell(idx).value).trim() : '';
    };
    if (COLUMNS.every((c) => !get(c.field))) return;
    const push = (field: string, reason: string, message: string, params?: Record<string, unknown>) =>
      errors.push({ row: rowNumber, column: headerName.get(field) ?? field, field, reason, message, params });

    const roleText = get('role');
    const role = roleOf(roleText);
    if (!roleText) push('role', 'REQUIRED', 'Give the role');
    else if (!role) push('role', 'INVALID_VALUE', `Unknown role "${roleText}"`, { value: roleText });

    // 区域: by name or code (any case); only a region-scoped role holds regions (checkRegions).
    const regionIds: string[] = [];
    if (role && REGION_SCOPED_ROLES.includes(role))
      for (const name of splitRegions(get('regions'))) {
        const region = regionByName.get(name) ?? regionByCode.get(name.toLowerCase());
        if (region) regionIds.push(region.id);
        else push('regions', 'NOT_FOUND', `Unknown region "${name}"`, { value: name });
      }

    const email = get('email').toLowerCase();
    if (email) {
      const first = emailsSeen.get(email);
      if (first) push('email', 'TAKEN', `E-mail ${email} also appears in row ${first}`, { value: email, row: first });
      else emailsSeen.set(email, rowNumber);
    }
    const input = Object.assign(new InviteMemberInput(), {
      email,
      displayName: get('displayName'),
      role: role ?? 'VIEWER',
      regionIds,
      phone: get('phone') || null,
    });
    parsed.push({ row: rowNumber, input, role, regionIds, push });
  });
  if (parsed.length > RULES.memberImportRows.max)
    throw BadUserInputError.field('fileBase64', 'TOO_LONG', `At most ${RULES.memberImportRows.max} rows per import`, {
      max: RULES.memberImportRows.max,
    });

  const taken = await takenEmails(p, db, parsed.map((x) => x.input.email).filter(Boolean), now);
  const planned: Planned[] = [];
  for (const { row, input, role, regionIds, push } of parsed) {
    const reported = new Set(errors.filter((e) => e.row === row).map((e) => e.field));
    const report = (field: string, reason: string, message: string, params?: Record<string, unknown>) => {
      if (reported.has(field)) return;
      reported.add(field);
      push(field, reason, message, params);
    };
    // inviteMember's input checks, reported on their columns.
    for (const fe of toFieldErrors(await validate(input, { forbidUnknownValues: false }), [])) {
      const field = COLUMN_OF_FIELD[fe.field];
      if (!field) continue;
      // The web words a wrong e-mail with the cell's value (import.reasons.FORMAT.EMAIL).
      const params = field === 'email' && fe.reason === 'INVALID_FORMAT' ? { value: input.email, expected: 'EMAIL' } : fe.params;
      report(field, fe.reason, fe.message, params);
    }
    if (!input.email && !reported.has('email')) report('email', 'REQUIRED', 'Give the e-mail');
    const t = taken.get(input.email);
    if (t) report('email', 'TAKEN', TAKEN_MESSAGES[t], { value: input.email });
    if (role) for (const fe of regionErrors(role, regionIds, known, 'regionIds')) report('regions', fe.reason, fe.message, fe.params);
    if (reported.size || !role) continue;
    planned.push({
      row,
      draft: {
        email: input.email,
        displayName: input.displayName.trim(),
        phone: input.phone ?? null,
        role,
        regionIds: [...new Set(regionIds)],
      },
    });
  }
  errors.sort((a, b) => a.row - b.row || COLUMNS.findIndex((c) => c.field === a.field) - COLUMNS.findIndex((c) => c.field === b.field));
  return { rows: parsed.length, errors, planned };
}

export interface MemberImportReport {
  written: boolean;
  rows: number;
  created: number;
  errors: ImportRowError[];
  invitations: Array<{ invitation: MemberInvitation; acceptPath: string }>;
}

/**
 * Invitations from the first sheet of an .xlsx (批量邀请): 邮箱, 姓名, 角色 (+ 区域, 手机), each row
 * one invitation exactly as inviteMember makes it. Any wrong row and nothing is written; the
 * company's member limit holds for the whole batch. `dryRun` checks only. The answer lists the
 * new invitations with their accept links (shown once).
 */
export async function importMembers(
  ctx: RequestContext,
  platform: PlatformDb,
  invitations: InvitationsService,
  fileBase64: string,
  dryRun: boolean,
): Promise<MemberImportReport> {
  requireInviter(ctx);
  const now = ctx.now();
  const run = async (p: PlatformDb): Promise<MemberImportReport> => {
    const db = p.tenant(ctx.user.tenantId, ctx.user.userId);
    const { rows, errors, planned } = await plan(p, db, fileBase64, now);
    const report = { rows, created: planned.length, errors, invitations: [] };
    if (errors.length || rows === 0) return { ...report, written: false };
    await checkCompanyLimit(db, 'members', ['fileBase64'], planned.length, now);
    if (dryRun) return { ...report, written: false };
    const made = planned.map((x) => invitations.newInvitation(ctx.user.userId, x.draft, now));
    try {
      const inserted = await db.repo(MemberInvitation).insertMany(made.map((m) => m.row));
      await db.auditMany(
        inserted.map((x) => ({
          operation: 'importMembers' as const,
          entity: 'MemberInvitation' as const,
          entityId: x.id,
          changes: changedFields(null, x, INVITATION_AUDIT),
        })),
      );
      const byId = new Map(inserted.map((x) => [x.id, x]));
      return {
        ...report,
        written: true,
        invitations: made.map((m) => ({ invitation: byId.get(m.row.id)!, acceptPath: `/invitations/${m.row.id}.${m.token}` })),
      };
    } catch (e) {
      if (e instanceof UniqueViolationError)
        throw BadUserInputError.field('fileBase64', 'TAKEN', 'An e-mail in the file was just invited; check again');
      throw e;
    }
  };
  // The write checks again inside its transaction, so what it writes is what it checked.
  return dryRun ? run(platform) : platform.transaction(run);
}

/**
 * The member import's template: one example row, a 说明 sheet, and the roles and this
 * company's regions to choose from.
 */
export async function memberTemplate(ctx: RequestContext): Promise<{ filename: string; body: Buffer }> {
  requireInviter(ctx);
  const regions = (await ctx.db.repo(Region).find()).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const body = await importTemplate({
    sheet: '用户',
    columns: COLUMNS,
    rows: [
      {
        email: 'zhang.san@example.com',
        displayName: '张三',
        role: ROLE_LABELS.REGIONAL_OPS.zh,
        regions: regions[0]?.name ?? '',
        phone: '13800000000',
      },
      { email: 'li.si@example.com', displayName: '李四', role: ROLE_LABELS.INSPECTOR.zh, regions: '', phone: '' },
    ],
    hints: {
      email: '邮箱，每行一个，不能重复；已是本公司用户或已有未过期邀请的邮箱不能再邀请',
      displayName: `姓名（在本公司显示的名字，最多 ${RULES.displayName.max} 个字）`,
      role: '角色：公司管理员、品质中心、人力资源中心、区域运营、品质检查员、只读用户、市场客服中心（见“角色”表，也可填英文代码）',
      regions: '区域名称或区域编码，多个用“、”或逗号分隔；“区域运营”必填，其他角色不使用（见“区域”表）',
      phone: '手机号码，可空',
    },
    notes: [
      '第 2、3 行是示例：请改成您的同事后再上传。',
      '先上传检查（不写入），全部行无误后才能导入；任何一行有误都不会写入。',
      '导入后每人得到一个邀请链接（只显示一次），请复制后发给本人；对方打开链接设置密码即可加入。',
    ],
    lists: [
      {
        sheet: '角色 Roles',
        header: ['角色', 'English', '代码 Code'],
        rows: ROLES.map((r) => [ROLE_LABELS[r].zh, ROLE_LABELS[r].en, r]),
      },
      { sheet: '区域', header: ['区域 Region', '区域编码 Code'], rows: regions.map((r) => [r.name, r.code ?? '']) },
    ],
  });
  return { filename: '用户批量邀请模板.xlsx', body };
}
