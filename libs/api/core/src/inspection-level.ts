import { INSPECTION_LEVELS, type InspectionLevel } from '@pinzhi/domain';
import { registerEnumType } from 'type-graphql';

/** 检查层级 as a GraphQL enum (shared by templates, planning, inspections and the reports). */
export const InspectionLevelEnum = Object.fromEntries(INSPECTION_LEVELS.map((l) => [l, l])) as { [K in InspectionLevel]: K };
registerEnumType(InspectionLevelEnum, {
  name: 'InspectionLevel',
  description: '检查层级: SELF_CHECK 项目自查 (the project), REGIONAL 区域巡查 (the region), COMPANY 公司抽查 (the Quality Center)',
});
