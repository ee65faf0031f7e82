import type { CompanyDeletionState, CompanyExportState } from '@pinzhi/db';
import { IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const COMPANY_EXPORT_STATES = ['REQUESTED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED'] as const;
export const CompanyExportStateEnum = Object.fromEntries(COMPANY_EXPORT_STATES.map((s) => [s, s])) as {
  [K in CompanyExportState]: K;
};
registerEnumType(CompanyExportStateEnum, {
  name: 'CompanyExportState',
  description:
    'REQUESTED (waiting for the background job), RUNNING, READY (downloadable until expiresAt), FAILED, EXPIRED (archive removed)',
});

@ObjectType('CompanyExport', {
  description: 'A full export of the company: every table it owns as JSON plus its files, in one ZIP archive',
})
export class CompanyExportType {
  @Field(() => ID) id!: string;
  @Field(() => CompanyExportStateEnum) state!: CompanyExportState;
  @Field({ description: 'When it was requested' }) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who requested it (null: the platform)' }) requestedByName!: string | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the archive is removed (READY)' }) expiresAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Archive size in bytes' }) bytes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Tables in the archive' }) tableCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows in the archive, all tables' }) rowCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Stored files in the archive' }) fileCount!: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed' }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'GET with the bearer token (READY only)' }) downloadPath!: string | null;
}

export const COMPANY_DELETION_STATES = ['SCHEDULED', 'CANCELLED'] as const;
export const CompanyDeletionStateEnum = Object.fromEntries(COMPANY_DELETION_STATES.map((s) => [s, s])) as {
  [K in CompanyDeletionState]: K;
};
registerEnumType(CompanyDeletionStateEnum, { name: 'CompanyDeletionState', description: 'SCHEDULED (in the grace period), CANCELLED' });

@ObjectType('CompanyDeletion', {
  description: 'The company’s scheduled deletion: every row and file is removed at dueAt unless cancelled before',
})
export class CompanyDeletionType {
  @Field(() => ID) id!: string;
  @Field(() => CompanyDeletionStateEnum) state!: CompanyDeletionState;
  @Field({ description: 'When it was requested' }) createdAt!: Date;
  @Field(() => String, { nullable: true }) requestedByName!: string | null;
  @Field({ description: 'When the deletion runs' }) dueAt!: Date;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
}

@ObjectType('CompanyLifecycleSettings', { description: 'How long archives are kept and how long the grace period before a deletion is' })
export class CompanyLifecycleSettingsType {
  @Field(() => Int) exportRetentionDays!: number;
  @Field(() => Int) deletionGraceDays!: number;
  @Field({ description: 'The code to type to confirm a deletion' }) companyCode!: string;
}

@ArgsType()
export class RequestCompanyDeletionArgs {
  @Field({ description: 'The company code (as at sign-in), typed to confirm' })
  @IsString()
  @MaxLength(40, { context: { reason: 'TOO_LONG', params: { max: 40 } } })
  confirmCode!: string;
}
