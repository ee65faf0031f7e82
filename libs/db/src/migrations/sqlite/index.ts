import { Initial1795776297573 } from './1795776297573-Initial';
import { StandardsAndHandbooks1795777124197 } from './1795777124197-StandardsAndHandbooks';
import { InspectionPlanning1795785909427 } from './1795785909427-InspectionPlanning';
import { Inspections1795788595562 } from './1795788595562-Inspections';
import { InspectionFeedback1795791862388 } from './1795791862388-InspectionFeedback';
import { Training1795792315654 } from './1795792315654-Training';
import { RegulationsComplaints1795798740586 } from './1795798740586-RegulationsComplaints';
import { Onboarding1795798769381 } from './1795798769381-Onboarding';
import { TrainingSessionCourses1795799626015 } from './1795799626015-TrainingSessionCourses';
import { CostsAndSurveys1795800727911 } from './1795800727911-CostsAndSurveys';
import { AuditRecord1796627161973 } from './1796627161973-AuditRecord';
import { AccountSecurity1796628134517 } from './1796628134517-AccountSecurity';
import { NotificationsAndJobs1796631304164 } from './1796631304164-NotificationsAndJobs';
import { ListSortIndexes1796640000000 } from './1796640000000-ListSortIndexes';
import { OwnersGatesCompanySettings1796628318454 } from './1796628318454-OwnersGatesCompanySettings';
import { PlatformOperator1796700000000 } from './1796700000000-PlatformOperator';
import { CompanyLifecycle1796710000000 } from './1796710000000-CompanyLifecycle';
import { CompanyProfileStarter1796720000000 } from './1796720000000-CompanyProfileStarter';
import { PatrolsAndFieldApp1796730000000 } from './1796730000000-PatrolsAndFieldApp';
import { FindingsChargedToPeople1796760000000 } from './1796760000000-FindingsChargedToPeople';
import { MembershipProjectScope1796800000000 } from './1796800000000-MembershipProjectScope';
import { InspectionLevels1796850000000 } from './1796850000000-InspectionLevels';
import { Approvals1796870000000 } from './1796870000000-Approvals';

/** Applied in this order. */
export const SQLITE_MIGRATIONS = [
  Initial1795776297573,
  StandardsAndHandbooks1795777124197,
  InspectionPlanning1795785909427,
  Inspections1795788595562,
  InspectionFeedback1795791862388,
  Training1795792315654,
  RegulationsComplaints1795798740586,
  Onboarding1795798769381,
  TrainingSessionCourses1795799626015,
  CostsAndSurveys1795800727911,
  AuditRecord1796627161973,
  AccountSecurity1796628134517,
  OwnersGatesCompanySettings1796628318454,
  NotificationsAndJobs1796631304164,
  ListSortIndexes1796640000000,
  PlatformOperator1796700000000,
  CompanyLifecycle1796710000000,
  CompanyProfileStarter1796720000000,
  PatrolsAndFieldApp1796730000000,
  FindingsChargedToPeople1796760000000,
  MembershipProjectScope1796800000000,
  InspectionLevels1796850000000,
  Approvals1796870000000,
];
