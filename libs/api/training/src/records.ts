import { Course, Employee, Position, TrainingPlan, TrainingSession } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';
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
