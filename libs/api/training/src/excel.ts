import ExcelJS from 'exceljs';
import { validate } from 'class-validator';
import { Course, Employee, Position, Project, TrainingEnrolment, type TrainingSession } from '@pinzhi/db';
import {
  BadUserInputError,
  importCellText,
  importTemplate,
  missingColumnErrors,
  openImportSheet,
  toFieldErrors,
  type ImportRowError,
  type RequestContext,
} from '@pinzhi/api-core';
import { IMPORT_SHEETS, TRAINING_RULES, type Gender } from '@pinzhi/domain';
import { requireManager } from './access';
import { EmployeeInput } from './inputs';
import { syncPlanRequirements } from './requirements';
import type { SessionsService } from './sessions.service';

/** Columns of the employee sheet (Chinese or English headers), shared with the web client. */
const COLUMNS = IMPORT_SHEETS.employees.columns;
const ACTIVE_WORDS = ['是', 'Y', 'YES', 'TRUE', '1', '在职'];
/** 性别 cell → gender; a blank cell keeps what is recorded (null for a new employee). */
const GENDER_WORDS: Record<string, Gender> = { 男: 'MALE', M: 'MALE', MALE: 'MALE', 女: 'FEMALE', F: 'FEMALE', FEMALE: 'FEMALE' };

/**
 * Employees from the first sheet of an .xlsx (姓名, 工号, 岗位 = position name, 项目编码 =
 * project code, 入职日期, 在职 是/否). A row with a known 工号 updates that employee, other
 * rows create one. Every row is checked with the createEmployee rules; any error and
 * nothing is written. Plan requirements follow for every written employee.
 */
export async function importEmployees(ctx: RequestContext, fileBase64: string, dryRun: boolean) {
  requireManager(ctx.user);
  const { sheet, columnOf, headerName } = await openImportSheet(fileBase64, COLUMNS);
  const errors: ImportRowError[] = missingColumnErrors(COLUMNS, columnOf);
  if (errors.length) return { written: false, rows: 0, created: 0, updated: 0, errors };

  const positions = new Map((await ctx.db.repo(Position).find()).filter((p) => !p.archivedAt).map((p) => [p.name, p.id]));
  const projects = new Map((await ctx.db.repo(Project).find()).map((p) => [p.code, p.id]));
  const existing = new Map((await ctx.db.repo(Employee).find()).filter((e) => e.employeeNo).map((e) => [e.employeeNo!, e]));
  const rows: Array<{ row: number; input: EmployeeInput; gender: Gender | undefined }> = [];
  const numbersSeen = new Map<string, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (field: string) => {
      const idx = columnOf.get(field);
      return idx ? importCellText(row.getCell(idx).value).trim() : '';
    };
    if (COLUMNS.every((c) => !get(c.field))) return;
    const column = (field: string) => headerName.get(field) ?? field;
    const add = (field: string, reason: string, message: string, params?: Record<string, unknown>) =>
      errors.push({ row: rowNumber, column: column(field), field, reason, message, params });
    const activeText = get('active').toUpperCase();
    const input = Object.assign(new EmployeeInput(), {
      name: get('name'),
      employeeNo: get('employeeNo') || null,
      positionId: positions.get(get('position')) ?? '',
      projectId: projects.get(get('project')) ?? '',
      hireDate: get('hireDate'),
      active: activeText === '' || ACTIVE_WORDS.includes(activeText),
    });
    const genderText = get('gender').toUpperCase();
    const gender = genderText ? GENDER_WORDS[genderText] : undefined;
    if (genderText && !gender)
      add('gender', 'INVALID_VALUE', `Gender must be 男 or 女 (M/F), not "${get('gender')}"`, { value: get('gender') });
    if (!get('position')) add('position', 'REQUIRED', 'Give the position');
    else if (!input.positionId) add('position', 'NOT_FOUND', `Unknown position "${get('position')}"`, { value: get('position') });
    if (!get('project')) add('project', 'REQUIRED', 'Give the project code');
    else if (!input.projectId) add('project', 'NOT_FOUND', `Unknown project code "${get('project')}"`, { value: get('project') });
    if (input.employeeNo) {
      const first = numbersSeen.get(input.employeeNo);
      if (first)
        add('employeeNo', 'TAKEN', `Employee no ${input.employeeNo} also appears in row ${first}`, { value: input.employeeNo, row: first });
      else numbersSeen.set(input.employeeNo, rowNumber);
    }
    rows.push({ row: rowNumber, input, gender });
  });
  if (rows.length > TRAINING_RULES.importRows.max)
    throw BadUserInputError.field('fileBase64', 'TOO_LONG', `At most ${TRAINING_RULES.importRows.max} rows per import`, {
      max: TRAINING_RULES.importRows.max,
    });
  for (const { row, input } of rows) {
    const seen = new Set<string>();
    for (const fe of toFieldErrors(await validate(input, { forbidUnknownValues: false }), [])) {
      if (fe.field === 'positionId' || fe.field === 'projectId' || seen.has(fe.field)) continue; // reported by name above
      seen.add(fe.field);
      errors.push({
        row,
        column: headerName.get(fe.field) ?? fe.field,
        field: fe.field,
        reason: fe.reason,
        message: fe.message,
        params: fe.params,
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const created = rows.filter((r) => !r.input.employeeNo || !existing.has(r.input.employeeNo)).length;
  const report = { rows: rows.length, created, updated: rows.length - created, errors };
  if (errors.length || dryRun || rows.length === 0) return { ...report, written: false };
  await ctx.db.transaction(async (db) => {
    const ids: string[] = [];
    for (const { input, gender } of rows) {
      const values = {
        name: input.name.trim(),
        employeeNo: input.employeeNo?.trim() || null,
        positionId: input.positionId,
        projectId: input.projectId,
        hireDate: input.hireDate,
        active: input.active,
      };
      const before = values.employeeNo ? existing.get(values.employeeNo) : undefined;
      // A blank 性别 keeps what is recorded (the standards' men-only/women-only conditions read it).
      const after = before
        ? await db.repo(Employee).update(before.id, gender ? { ...values, gender } : values)
        : await db.repo(Employee).insert({ ...values, gender: gender ?? null });
      ids.push(after.id);
      await db.audit({
        operation: 'importEmployees',
        entity: 'Employee',
        entityId: after.id,
        changes: {
          name: { from: before?.name ?? null, to: values.name },
          ...(gender && gender !== before?.gender ? { gender: { from: before?.gender ?? null, to: gender } } : {}),
        },
      });
    }
    await syncPlanRequirements(db, ids);
  });
  return { ...report, written: true };
}

/**
 * The employee import's template: the employees that have a 工号 (a row with a known 工号 updates
 * that employee, so uploading it unchanged is a clean dry run that changes nothing), a 说明
 * sheet, and the positions and project codes to choose from.
 */
export async function employeeTemplate(ctx: RequestContext): Promise<{ filename: string; body: Buffer }> {
  requireManager(ctx.user);
  const positions = (await ctx.db.repo(Position).find()).filter((p) => !p.archivedAt);
  const projects = (await ctx.db.repo(Project).find()).filter((p) => !p.archivedAt).sort((a, b) => a.code.localeCompare(b.code));
  const positionName = new Map(positions.map((p) => [p.id, p.name]));
  const projectCode = new Map(projects.map((p) => [p.id, p.code]));
  const employees = (await ctx.db.repo(Employee).find())
    .filter((e) => e.employeeNo)
    .sort((a, b) => a.employeeNo!.localeCompare(b.employeeNo!));
  const body = await importTemplate({
    sheet: '员工',
    columns: COLUMNS,
    rows: employees.map((e) => ({
      name: e.name,
      employeeNo: e.employeeNo,
      position: positionName.get(e.positionId) ?? '',
      project: projectCode.get(e.projectId) ?? '',
      hireDate: e.hireDate,
      active: e.active ? '是' : '否',
      gender: e.gender === 'MALE' ? '男' : e.gender === 'FEMALE' ? '女' : '',
    })),
    hints: {
      name: '员工姓名',
      employeeNo: '工号：已有工号的行更新该员工，没有工号或新工号的行新建员工',
      position: '岗位名称，须与“岗位”表中的名称一致',
      project: '项目编码，如 SH-001，见“项目”表',
      hireDate: '入职日期，格式 YYYY-MM-DD',
      active: '是 / 否，留空为“是”',
      gender: '男 / 女，留空则保留已登记的性别（“仅限男性/女性”的标准据此判断能否扣分到人）',
    },
    notes: ['本模板已包含现有的有工号员工：修改后上传即可批量更新；新增员工请在末尾添加行。', '没有工号的员工不在此表中。'],
    lists: [
      { sheet: '岗位', header: ['岗位 Position'], rows: positions.map((p) => [p.name]) },
      { sheet: '项目', header: ['项目编码 Project code', '项目名称 Name'], rows: projects.map((p) => [p.code, p.name]) },
    ],
  });
  return { filename: '员工导入模板.xlsx', body };
}

const ATTENDANCE_ZH: Record<string, string> = { PRESENT: '出席', ABSENT: '缺席', LATE: '迟到', EXCUSED: '请假' };

/** 签到表: one session's attendance sheet (Chinese headers); whoever may read the session. */
export async function exportAttendance(
  ctx: RequestContext,
  sessions: SessionsService,
  id: string,
): Promise<{ filename: string; body: Buffer }> {
  const session: TrainingSession = await sessions.get(ctx, id);
  const courseIds = await sessions.courseIdsOf(ctx.db, id);
  const byId = new Map((await ctx.db.repo(Course).findByIds(courseIds)).map((c) => [c.id, c.title]));
  const titles = courseIds.map((c) => byId.get(c) ?? '').join('、');
  const enrolments = await ctx.db.repo(TrainingEnrolment).find({ where: { sessionId: id } });
  const employees = new Map((await ctx.db.repo(Employee).findByIds(enrolments.map((e) => e.employeeId))).map((e) => [e.id, e]));
  const positions = new Map((await ctx.db.repo(Position).find()).map((p) => [p.id, p.name]));
  const projects = new Map((await ctx.db.repo(Project).find()).map((p) => [p.id, p]));
  const [trainer] = await ctx.db.members([session.trainerUserId]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签到表');
  ws.addRow(['课程', titles]);
  ws.addRow(['日期', session.localDate]);
  ws.addRow(['地点', session.place]);
  ws.addRow(['讲师', trainer?.user.displayName ?? '']);
  ws.addRow(['及格分', session.passMark]);
  ws.addRow([]);
  const header = ws.addRow(['序号', '姓名', '工号', '岗位', '项目', '出勤', '成绩', '是否合格', '签名']);
  header.font = { bold: true };
  const sorted = enrolments
    .map((en) => ({ en, e: employees.get(en.employeeId)! }))
    .filter((x) => x.e)
    .sort((a, b) => a.e.name.localeCompare(b.e.name, 'zh'));
  sorted.forEach(({ en, e }, i) => {
    ws.addRow([
      i + 1,
      e.name,
      e.employeeNo ?? '',
      positions.get(e.positionId) ?? '',
      projects.get(e.projectId)?.name ?? '',
      en.attendance ? ATTENDANCE_ZH[en.attendance] : '',
      en.score ?? '',
      en.passed == null ? '' : en.passed ? '合格' : '不合格',
      '',
    ]);
  });
  ws.columns.forEach((c, idx) => (c.width = [8, 14, 12, 10, 28, 8, 8, 10, 16][idx]));
  const safe = (byId.get(courseIds[0]!) ?? '').replace(/[\\/:*?"<>|]/g, '_');
  return { filename: `签到表-${safe}-${session.localDate}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
