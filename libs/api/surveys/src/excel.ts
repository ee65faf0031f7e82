import ExcelJS from 'exceljs';
import { Project, SurveyQuestionnaire } from '@pinzhi/db';
import type { RequestContext } from '@pinzhi/api-core';
import { SURVEY_CHANNEL_LABELS } from '@pinzhi/domain';
import type { SurveysService } from './surveys.service';

/** 调查结果: the tally sheet and one row per response (Chinese headers); whoever may read the round. */
export async function exportRound(ctx: RequestContext, service: SurveysService, id: string): Promise<{ filename: string; body: Buffer }> {
  const round = await service.round(ctx, id);
  const project = await ctx.db.repo(Project).getById(round.projectId);
  const questionnaire = await ctx.db.repo(SurveyQuestionnaire).getById(round.questionnaireId);
  const responses = await service.responses(ctx, id);
  const t = await service.tally(ctx.db, round);
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('统计');
  summary.addRow(['项目', project.name]);
  summary.addRow(['轮次', round.name]);
  summary.addRow(['问卷', questionnaire.title]);
  summary.addRow(['日期', `${round.opensOn} ~ ${round.closesOn}`]);
  summary.addRow(['回收份数', t.responses]);
  for (const c of t.byChannel) summary.addRow([SURVEY_CHANNEL_LABELS[c.channel].zh, c.count]);
  summary.addRow([]);
  summary.addRow(['题目', '选项', '人数', '占比(%)', '平均分']).font = { bold: true };
  questionnaire.questions.forEach((q, i) => {
    const qt = t.questions[i];
    if (q.kind === 'TEXT') {
      summary.addRow([q.text, '（文字题）', qt.answered, '', '']);
      return;
    }
    qt.counts.forEach((c, j) => {
      const label = q.kind === 'RATING' ? `${c.key} 分` : (q.options.find((o) => o.key === c.key)?.text ?? c.key);
      summary.addRow([j === 0 ? q.text : '', label, c.count, c.percent, j === 0 && qt.averageRating != null ? qt.averageRating : '']);
    });
  });
  summary.columns.forEach((c, idx) => (c.width = [40, 24, 10, 10, 10][idx]));
  const sheet = wb.addWorksheet('答卷');
  sheet.addRow(['序号', '渠道', '提交时间', ...questionnaire.questions.map((q) => q.text)]).font = { bold: true };
  responses.forEach((r, i) => {
    const cells = questionnaire.questions.map((q) => {
      const a = r.answers.find((x) => x.questionKey === q.key);
      if (!a) return '';
      if (q.kind === 'RATING') return a.rating ?? '';
      if (q.kind === 'TEXT') return a.text ?? '';
      return (a.choices ?? []).map((k) => q.options.find((o) => o.key === k)?.text ?? k).join('；');
    });
    sheet.addRow([i + 1, SURVEY_CHANNEL_LABELS[r.channel].zh, r.createdAt.toISOString(), ...cells]);
  });
  const safe = `${project.name}-${round.name}`.replace(/[\\/:*?"<>|]/g, '_');
  return { filename: `客户意见调查-${safe}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
