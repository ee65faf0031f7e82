import ExcelJS from 'exceljs';
import { Position, Project, ServiceProposal } from '@pinzhi/db';
import { NotFoundError, type RequestContext } from '@pinzhi/api-core';
import { proposalMonthlyCost } from '@pinzhi/domain';
import type { OnboardingService } from './onboarding.service';

/**
 * GET /downloads/onboardings/:id/proposal.xlsx — the service proposal (服务方案): sheet 服务方案
 * with the sections, sheet 人员配置与费用 with the staffing plan and the monthly cost estimate.
 * Whoever may read the onboarding may download it.
 */
export async function exportProposal(
  ctx: RequestContext,
  service: OnboardingService,
  id: string,
): Promise<{ filename: string; body: Buffer }> {
  const o = await service.get(ctx, id);
  const row = await ctx.db.repo(ServiceProposal).findOne({ onboardingId: o.id });
  if (!row) throw new NotFoundError('ServiceProposal', id);
  const p = row.content;
  const project = await ctx.db.repo(Project).getById(o.projectId);
  const positions = new Map((await ctx.db.repo(Position).findByIds(p.staffing.map((s) => s.positionId))).map((x) => [x.id, x.name]));
  const wb = new ExcelJS.Workbook();
  const doc = wb.addWorksheet('服务方案');
  doc.columns = [{ width: 24 }, { width: 90 }];
  doc.addRow([p.title]).font = { bold: true, size: 14 };
  doc.addRow(['项目', `${project.code} ${project.name}`]);
  doc.addRow([]);
  for (const s of p.sections) {
    const r = doc.addRow([s.title, s.body]);
    r.getCell(1).font = { bold: true };
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  const costs = wb.addWorksheet('人员配置与费用');
  costs.columns = [
    { header: '岗位', width: 20 },
    { header: '人数', width: 10 },
    { header: '月人均成本(元)', width: 18 },
    { header: '月成本(元)', width: 16 },
  ];
  for (const s of p.staffing)
    costs.addRow([
      positions.get(s.positionId) ?? s.positionId,
      s.headcount,
      s.monthlyCostPerHead,
      Math.round(s.headcount * s.monthlyCostPerHead * 100) / 100,
    ]);
  costs.addRow([]);
  costs.addRow(['其他费用', null, null, null]).font = { bold: true };
  for (const c of p.otherCosts) costs.addRow([c.item, null, null, c.monthlyAmount]);
  const total = proposalMonthlyCost(p);
  costs.addRow([]);
  costs.addRow(['人工成本合计', null, null, total.staff]);
  costs.addRow(['其他费用合计', null, null, total.other]);
  costs.addRow(['月度费用合计', null, null, total.total]).font = { bold: true };
  costs.getRow(1).font = { bold: true };
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { filename: `服务方案-${project.code}.xlsx`, body };
}
