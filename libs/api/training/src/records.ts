import { Course, Employee, Position, TrainingPlan, TrainingSession } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { TrainingService } from './training.service';

export function trainingRecordKinds(training: TrainingService): RecordKind[] {
  return [
    entityRecordKind('Position', Position, (p) => ({ name: p.name, page: 'Positions', pageId: null })),
    entityRecordKind('Employee', Employee, (e) => ({ name: `${e.name}（${e.employeeNo}）`, page: 'Employee', pageId: e.id })),
    entityRecordKind('Course', Course, (c) => ({ name: c.title, page: 'Courses', pageId: null })),
    entityRecordKind(
      'TrainingPlan',
      TrainingPlan,
      (p) => ({ name: p.name, page: 'TrainingPlan', pageId: p.id }),
      (ctx, id) => training.plan(ctx, id),
    ),
    entityRecordKind('TrainingSession', TrainingSession, (s) => ({
      name: `${s.localDate} ${s.place}`,
      page: 'TrainingSession',
      pageId: s.id,
    })),
  ];
}

/** Employees by name or employee number (training readers; regional operations: their regions). */
export function trainingSearch(training: TrainingService): SearchProvider[] {
  return [
    {
      kind: 'EMPLOYEE',
      async search(ctx, text, first) {
        const page = await training.employees(ctx, { first, filter: { q: text } });
        return {
          total: page.totalCount,
          hits: page.nodes.map((e) => ({ id: e.id, title: e.name, subtitle: e.employeeNo, page: 'Employee', pageId: e.id })),
        };
      },
    },
  ];
}
