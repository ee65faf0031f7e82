import type { ProposalStatus, SurveyAnswer, SurveyChannel, SurveyQuestion } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/** 问卷: questions in Chinese with optional English; frozen once a response uses it. */
@Entity('survey_questionnaire')
@Index('ix_survey_questionnaire_tenant_title', ['tenantId', 'title'])
export class SurveyQuestionnaire extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'simple-json' })
  questions!: SurveyQuestion[];

  /** Set by the first response: from then on the questions cannot change (copy it instead). */
  @Column({ ...INSTANT, nullable: true })
  frozenAt!: Date | null;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/** 调查轮次: one survey round at a project (a sales center), with its channels and dates. */
@Entity('survey_round')
@Index('ix_survey_round_tenant_project_opens', ['tenantId', 'projectId', 'opensOn'])
@Index('ix_survey_round_tenant_opens', ['tenantId', 'opensOn', 'id'])
@Index('ix_survey_round_tenant_closes', ['tenantId', 'closesOn', 'id'])
@Index('ix_survey_round_tenant_name', ['tenantId', 'name', 'id'])
export class SurveyRound extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  @Column(UUID)
  questionnaireId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'simple-json' })
  channels!: SurveyChannel[];

  /** Local dates 'YYYY-MM-DD' (Asia/Shanghai), inclusive. */
  @Column({ type: 'varchar', length: 10 })
  opensOn!: string;

  @Column({ type: 'varchar', length: 10 })
  closesOn!: string;

  @Column({ ...INSTANT, nullable: true })
  closedAt!: Date | null;

  /** The shared public link's secret (one response per device), or null when there is no shared link. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  linkSecret!: string | null;
}

/** A one-time token of a round (printed and handed out); usable for one response. */
@Entity('survey_ticket')
@Index('uq_survey_ticket_tenant_round_code', ['tenantId', 'roundId', 'code'], { unique: true })
export class SurveyTicket extends TenantOwnedEntity {
  @Column(UUID)
  roundId!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ ...INSTANT, nullable: true })
  usedAt!: Date | null;
}

/** One filled questionnaire. `deviceId` and `ticketId` are unique per round when given. */
@Entity('survey_response')
@Index('ix_survey_response_tenant_round_created', ['tenantId', 'roundId', 'createdAt'])
@Index('uq_survey_response_tenant_round_device', ['tenantId', 'roundId', 'deviceId'], { unique: true })
@Index('uq_survey_response_tenant_ticket', ['tenantId', 'ticketId'], { unique: true })
export class SurveyResponse extends TenantOwnedEntity {
  @Column(UUID)
  roundId!: string;

  @Column({ type: 'varchar', length: 20 })
  channel!: SurveyChannel;

  @Column({ type: 'simple-json' })
  answers!: SurveyAnswer[];

  /** Staff who entered it; null for the public link. */
  @Column({ ...UUID, nullable: true })
  enteredByUserId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  deviceId!: string | null;

  @Column({ ...UUID, nullable: true })
  ticketId!: string | null;
}

/** 手册修订建议: a survey finding proposed as a revision of the project's handbook. */
@Entity('handbook_revision_proposal')
@Index('ix_handbook_proposal_tenant_status_created', ['tenantId', 'status', 'createdAt'])
@Index('ix_handbook_proposal_tenant_project', ['tenantId', 'projectId'])
@Index('ix_handbook_proposal_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_handbook_proposal_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class HandbookRevisionProposal extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  /** The project's handbook when it has one. */
  @Column({ ...UUID, nullable: true })
  handbookId!: string | null;

  @Column({ ...UUID, nullable: true })
  roundId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  questionKey!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ProposalStatus;

  @Column(UUID)
  proposedByUserId!: string;

  @Column({ ...UUID, nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;
}
