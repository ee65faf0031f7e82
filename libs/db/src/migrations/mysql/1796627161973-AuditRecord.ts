import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditRecord1796627161973 implements MigrationInterface {
  name = 'AuditRecord1796627161973';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`audit_entry\` ADD \`recordEntity\` varchar(40) NULL`);
    await q.query(`ALTER TABLE \`audit_entry\` ADD \`recordId\` varchar(36) NULL`);
    await q.query(
      `CREATE INDEX \`ix_audit_tenant_record\` ON \`audit_entry\` (\`tenantId\`, \`recordEntity\`, \`recordId\`, \`createdAt\`)`,
    );
    // Earlier entries: the changed row is its own record, except parts of a larger record
    // (versions, actions, tasks, …), which belong to their owner's history.
    await q.query(`UPDATE \`audit_entry\` SET \`recordEntity\` = \`entity\`, \`recordId\` = \`entityId\``);
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Handbook', \`recordId\` = (SELECT p.\`handbookId\` FROM \`handbook_version\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'HandbookVersion' AND EXISTS (SELECT p.\`handbookId\` FROM \`handbook_version\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'InspectionTemplate', \`recordId\` = (SELECT p.\`templateId\` FROM \`inspection_template_version\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'InspectionTemplateVersion' AND EXISTS (SELECT p.\`templateId\` FROM \`inspection_template_version\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Regulation', \`recordId\` = (SELECT p.\`regulationId\` FROM \`regulation_version\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'RegulationVersion' AND EXISTS (SELECT p.\`regulationId\` FROM \`regulation_version\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Regulation', \`recordId\` = (SELECT p.\`regulationId\` FROM \`regulation_acknowledgement\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'RegulationAcknowledgement' AND EXISTS (SELECT p.\`regulationId\` FROM \`regulation_acknowledgement\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Complaint', \`recordId\` = (SELECT p.\`complaintId\` FROM \`complaint_action\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'ComplaintAction' AND EXISTS (SELECT p.\`complaintId\` FROM \`complaint_action\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Complaint', \`recordId\` = (SELECT p.\`complaintId\` FROM \`complaint_discussion\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'ComplaintDiscussion' AND EXISTS (SELECT p.\`complaintId\` FROM \`complaint_discussion\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Onboarding', \`recordId\` = (SELECT p.\`onboardingId\` FROM \`onboarding_task\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'OnboardingTask' AND EXISTS (SELECT p.\`onboardingId\` FROM \`onboarding_task\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Onboarding', \`recordId\` = (SELECT p.\`onboardingId\` FROM \`site_survey\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'SiteSurvey' AND EXISTS (SELECT p.\`onboardingId\` FROM \`site_survey\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Onboarding', \`recordId\` = (SELECT p.\`onboardingId\` FROM \`service_proposal\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'ServiceProposal' AND EXISTS (SELECT p.\`onboardingId\` FROM \`service_proposal\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'SurveyRound', \`recordId\` = (SELECT p.\`roundId\` FROM \`survey_response\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'SurveyResponse' AND EXISTS (SELECT p.\`roundId\` FROM \`survey_response\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Project', \`recordId\` = (SELECT p.\`projectId\` FROM \`cost_entry\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'CostEntry' AND EXISTS (SELECT p.\`projectId\` FROM \`cost_entry\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Project', \`recordId\` = (SELECT p.\`projectId\` FROM \`cost_review\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'CostReview' AND EXISTS (SELECT p.\`projectId\` FROM \`cost_review\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
    await q.query(
      `UPDATE \`audit_entry\` SET \`recordEntity\` = 'Project', \`recordId\` = (SELECT p.\`projectId\` FROM \`inspection_frequency\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`) WHERE \`entity\` = 'InspectionFrequency' AND EXISTS (SELECT p.\`projectId\` FROM \`inspection_frequency\` p WHERE p.\`id\` = \`audit_entry\`.\`entityId\` AND p.\`tenantId\` = \`audit_entry\`.\`tenantId\`)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_audit_tenant_record\` ON \`audit_entry\``);
    await q.query(`ALTER TABLE \`audit_entry\` DROP COLUMN \`recordId\``);
    await q.query(`ALTER TABLE \`audit_entry\` DROP COLUMN \`recordEntity\``);
  }
}
