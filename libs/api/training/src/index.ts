import type { DownloadRoute } from '@pinzhi/api-core';
import { employeeTemplate, exportAttendance } from './excel';
import { flagOutdatedCourses, onProjectStageChanged, requireFindingsRetraining } from './requirements';
import { SessionsService } from './sessions.service';
import {
  CourseAttachmentResolver,
  CourseResolver,
  EmployeeResolver,
  PositionResolver,
  TrainingCoverageRowResolver,
  TrainingEnrolmentResolver,
  TrainingPlanItemResolver,
  TrainingPlanResolver,
  TrainingRequirementResolver,
  TrainingSessionResolver,
  TrainingTrainerResolver,
} from './training.resolver';
import { TrainingService } from './training.service';
import { trainingRecordKinds, trainingSearch } from './records';

export * from './types';
export { TrainingService } from './training.service';
export { SessionsService } from './sessions.service';
export {
  flagOutdatedCourses,
  onProjectStageChanged,
  planRequirementsPreview,
  recomputeCompletion,
  requireFindingsRetraining,
  syncPlanRequirements,
  type ChargedFindings,
  touchedContent,
} from './requirements';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Training plans per position (岗位培训): positions, employees, courses from the handbooks,
 * plans, sessions and attendance, requirements and coverage. `onHandbookPublished` goes into
 * the handbooks module's publish listeners (schema.ts), so handbooks never imports training.
 */
export function trainingModule() {
  const training = new TrainingService();
  const sessions = new SessionsService();
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/training-sessions/:id/attendance.xlsx',
      handle: async (ctx, params) => ({ contentType: XLSX, ...(await exportAttendance(ctx, sessions, params['id'])) }),
    },
    {
      // The employee import's template (the current employees with a 工号, positions, project codes).
      path: '/downloads/employees/template.xlsx',
      handle: async (ctx) => ({ contentType: XLSX, ...(await employeeTemplate(ctx)) }),
    },
  ];
  return {
    training,
    records: trainingRecordKinds(training),
    search: trainingSearch(training),
    sessions,
    downloads,
    onHandbookPublished: flagOutdatedCourses,
    /** For portfolio's stage listeners: requirements start at go-live. */
    onProjectStageChanged,
    /** For inspections: repeated findings charged to an employee require retraining. */
    onFindingsCharged: requireFindingsRetraining,
    resolvers: [
      PositionResolver,
      EmployeeResolver,
      CourseResolver,
      CourseAttachmentResolver,
      TrainingPlanResolver,
      TrainingPlanItemResolver,
      TrainingSessionResolver,
      TrainingTrainerResolver,
      TrainingEnrolmentResolver,
      TrainingRequirementResolver,
      TrainingCoverageRowResolver,
    ] as const,
    instances: [
      new PositionResolver(training),
      new EmployeeResolver(training),
      new CourseResolver(training),
      new CourseAttachmentResolver(),
      new TrainingPlanResolver(training),
      new TrainingPlanItemResolver(),
      new TrainingSessionResolver(sessions),
      new TrainingTrainerResolver(),
      new TrainingEnrolmentResolver(),
      new TrainingRequirementResolver(training),
      new TrainingCoverageRowResolver(),
    ],
  };
}
