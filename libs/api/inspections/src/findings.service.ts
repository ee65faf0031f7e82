import { Employee, InspectionItemResult, Position, Project, Standard, type TenantDb } from '@pinzhi/db';
import { BadUserInputError, NotFoundError, checkPageArgs, fieldError, type FieldError, type RequestContext } from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { chargeProblem, chargeProblemMessage, type ChecklistDoc, type Gender } from '@pinzhi/domain';
import { pageOf } from './evaluation.service';
import type { ChargeableEmployeesArgs, EmployeeFindingsArgs, InspectionItemInput, ProjectFindingsArgs } from './inputs';
import type { ChargeableEmployeeType, EmployeeFindingType, ProjectFindingRowType } from './types';

const portfolio = new PortfolioService();

/** Findings just charged at a submission, for the listeners (training: retraining after repeated findings). */
export interface ChargedFindings {
  findings: ReadonlyArray<{ employeeId: string; standardId: string }>;
  localDate: string;
}
export type FindingsChargedListener = (db: TenantDb, charged: ChargedFindings) => Promise<unknown>;

const chargeCandidate = (e: Employee, positions: ReadonlyMap<string, Position>) => ({
  active: e.active,
  projectId: e.projectId,
  positionCode: positions.get(e.positionId)?.code ?? null,
  gender: e.gender as Gender | null,
});

/**
 * 扣分到人: who may be charged with a failed item (the standard's positions and gender
 * condition decide, `chargeProblem` in the domain), the employee's findings and the per-project
 * table of findings per employee and standard.
 */
export class FindingsService {
  /** Field errors for the items' `employeeId`s: only on a FAIL, only an eligible employee of the project. */
  async checkCharges(db: TenantDb, project: Project, doc: ChecklistDoc, items: InspectionItemInput[]): Promise<FieldError[]> {
    const charged = items.map((item, index) => ({ item, index })).filter((x) => x.item.employeeId);
    if (charged.length === 0) return [];
    const standardOf = new Map(doc.sections.flatMap((s) => s.items.map((i) => [i.key, i.standardId] as const)));
    const employees = new Map((await db.repo(Employee).findByIds(charged.map((x) => x.item.employeeId!))).map((e) => [e.id, e]));
    const standards = new Map(
      (
        await db.repo(Standard).findByIds([...new Set(charged.map((x) => standardOf.get(x.item.itemKey)).filter((s): s is string => !!s))])
      ).map((s) => [s.id, s]),
    );
    const positions = new Map(
      (await db.repo(Position).findByIds([...new Set([...employees.values()].map((e) => e.positionId))])).map((p) => [p.id, p]),
    );
    const errors: FieldError[] = [];
    for (const { item, index } of charged) {
      const path = ['input', 'items', String(index), 'employeeId'];
      const employee = employees.get(item.employeeId!);
      if (!employee) {
        errors.push(fieldError(path, 'NOT_FOUND', 'This employee does not exist'));
        continue;
      }
      if (item.result !== 'FAIL') {
        errors.push(fieldError(path, 'INVALID_VALUE', 'Only a failed item is charged to an employee'));
        continue;
      }
      const standard = standards.get(standardOf.get(item.itemKey) ?? '');
      if (!standard) continue; // an unknown item key is reported by the item checks
      const problem = chargeProblem(chargeCandidate(employee, positions), standard, project.id);
      if (problem) {
        const { rule, ...params } = problem;
        errors.push(fieldError(path, 'INVALID_VALUE', chargeProblemMessage(problem), { rule, ...params }));
      }
    }
    return errors;
  }

  /** The project's employees whom a finding on this standard may be charged to (for the inspector's picker). */
  async chargeable(ctx: RequestContext, args: ChargeableEmployeesArgs): Promise<ChargeableEmployeeType[]> {
    const project = await portfolio.getProject(ctx, args.projectId);
    const standard = await ctx.db.repo(Standard).getById(args.standardId);
    const employees = await ctx.db
      .repo(Employee)
      .query('e')
      .andWhere('e.projectId = :pid', { pid: project.id })
      .orderBy('e.name', 'ASC')
      .getMany();
    const positions = new Map((await ctx.db.repo(Position).find()).map((p) => [p.id, p]));
    return employees
      .filter((e) => !chargeProblem(chargeCandidate(e, positions), standard, project.id))
      .map((e) => ({ id: e.id, name: e.name, employeeNo: e.employeeNo, positionName: positions.get(e.positionId)?.name ?? null }));
  }

  /** An employee's findings, newest first (visible where the employee's project is). */
  async employeeFindings(ctx: RequestContext, args: EmployeeFindingsArgs) {
    checkPageArgs(args);
    const employee = await ctx.db.repo(Employee).findById(args.employeeId);
    if (!employee) throw new NotFoundError('Employee', args.employeeId);
    await portfolio.getProject(ctx, employee.projectId).catch(() => {
      throw new NotFoundError('Employee', args.employeeId);
    });
    const rows = await ctx.db
      .repo(InspectionItemResult)
      .query('r')
      .andWhere('r.employeeId = :eid', { eid: employee.id })
      .orderBy('r.localDate', 'DESC')
      .addOrderBy('r.submittedAt', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .take(500)
      .getMany();
    const nodes: EmployeeFindingType[] = rows.map((r) => ({
      id: r.id,
      localDate: day(r.localDate),
      note: r.note,
      pointsLost: r.possiblePoints - (r.earnedPoints ?? 0),
      inspectionId: r.inspectionId,
      projectId: r.projectId,
      standardId: r.standardId,
      employeeId: employee.id,
    }));
    return { ...pageOf(nodes, args.first, args.after, 20, 'employee'), totalCount: nodes.length };
  }

  /** Findings per employee and standard at a project: most findings first, then the latest. */
  async projectFindings(ctx: RequestContext, args: ProjectFindingsArgs) {
    const project = await portfolio.getProject(ctx, args.projectId);
    if (args.from && args.to && args.from > args.to) throw BadUserInputError.field('to', 'DATE_ORDER', 'The end is before the start');
    const qb = ctx.db
      .repo(InspectionItemResult)
      .query('r')
      .select('r.employeeId', 'employeeId')
      .addSelect('r.standardId', 'standardId')
      .addSelect('COUNT(*)', 'n')
      .addSelect('MAX(r.localDate)', 'lastDate')
      .addSelect('SUM(r.possiblePoints - COALESCE(r.earnedPoints, 0))', 'lost')
      .andWhere('r.projectId = :pid', { pid: project.id })
      .andWhere('r.employeeId IS NOT NULL')
      .groupBy('r.employeeId')
      .addGroupBy('r.standardId');
    if (args.from) qb.andWhere('r.localDate >= :from', { from: args.from });
    if (args.to) qb.andWhere('r.localDate <= :to', { to: args.to });
    const raw = await qb.getRawMany<{
      employeeId: string;
      standardId: string;
      n: number | string;
      lastDate: string | Date;
      lost: number | string;
    }>();
    const rows: ProjectFindingRowType[] = raw
      .map((r) => ({
        employeeId: r.employeeId,
        standardId: r.standardId,
        count: Number(r.n),
        lastDate: day(r.lastDate),
        pointsLost: Number(r.lost),
      }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          b.lastDate.localeCompare(a.lastDate) ||
          a.employeeId.localeCompare(b.employeeId) ||
          a.standardId.localeCompare(b.standardId),
      );
    return { ...pageOf(rows, args.first, args.after, 50, 'findings'), totalCount: rows.length };
  }
}

/** A DATE column as 'YYYY-MM-DD' (SQLite gives the string, mysql2 may give a Date). */
function day(d: string | Date): string {
  return typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}
