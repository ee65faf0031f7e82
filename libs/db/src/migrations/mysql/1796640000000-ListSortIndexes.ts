import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListSortIndexes1796640000000 implements MigrationInterface {
  name = 'ListSortIndexes1796640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_membership_tenant_role\` ON \`membership\``);
    await q.query(`DROP INDEX \`ix_project_tenant_created\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_name\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_name\` ON \`employee\``);
    await q.query(`DROP INDEX \`ix_trsession_tenant_starts\` ON \`training_session\``);
    await q.query(`DROP INDEX \`ix_regulation_tenant_title\` ON \`regulation\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_opened\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_onboarding_tenant_created\` ON \`onboarding\``);
    await q.query(`DROP INDEX \`ix_survey_round_tenant_opens\` ON \`survey_round\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_received\` ON \`feedback\``);
    await q.query(`CREATE INDEX \`ix_membership_tenant_created\` ON \`membership\` (\`tenantId\`, \`createdAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_membership_tenant_role\` ON \`membership\` (\`tenantId\`, \`role\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_project_tenant_updated\` ON \`project\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_project_tenant_code_id\` ON \`project\` (\`tenantId\`, \`code\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_project_tenant_created\` ON \`project\` (\`tenantId\`, \`createdAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_project_tenant_name\` ON \`project\` (\`tenantId\`, \`name\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_property_tenant_updated\` ON \`property\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_property_tenant_area\` ON \`property\` (\`tenantId\`, \`grossFloorArea\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_property_tenant_name_id\` ON \`property\` (\`tenantId\`, \`name\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_standard_tenant_updated\` ON \`standard\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_standard_tenant_score\` ON \`standard\` (\`tenantId\`, \`defaultScore\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_standard_tenant_code_id\` ON \`standard\` (\`tenantId\`, \`code\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_handbook_tenant_updated\` ON \`handbook\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_handbook_tenant_name\` ON \`handbook\` (\`tenantId\`, \`name\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_insptemplate_tenant_updated\` ON \`inspection_template\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_insptemplate_tenant_name_id\` ON \`inspection_template\` (\`tenantId\`, \`name\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_employee_tenant_hire\` ON \`employee\` (\`tenantId\`, \`hireDate\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_employee_tenant_no_id\` ON \`employee\` (\`tenantId\`, \`employeeNo\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_employee_tenant_name\` ON \`employee\` (\`tenantId\`, \`name\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_trsession_tenant_capacity\` ON \`training_session\` (\`tenantId\`, \`capacity\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_trsession_tenant_starts\` ON \`training_session\` (\`tenantId\`, \`startsAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_trreq_tenant_expires\` ON \`training_requirement\` (\`tenantId\`, \`expiresOn\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_trreq_tenant_completed\` ON \`training_requirement\` (\`tenantId\`, \`completedOn\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_trreq_tenant_required_by\` ON \`training_requirement\` (\`tenantId\`, \`requiredBy\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_regulation_tenant_updated\` ON \`regulation\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_regulation_tenant_effective\` ON \`regulation\` (\`tenantId\`, \`effectiveDate\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_regulation_tenant_title\` ON \`regulation\` (\`tenantId\`, \`title\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_complaint_tenant_updated\` ON \`complaint\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_complaint_tenant_due\` ON \`complaint\` (\`tenantId\`, \`dueAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_complaint_tenant_opened\` ON \`complaint\` (\`tenantId\`, \`openedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_onboarding_tenant_start\` ON \`onboarding\` (\`tenantId\`, \`startDate\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_onboarding_tenant_created\` ON \`onboarding\` (\`tenantId\`, \`createdAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_obtask_tenant_updated\` ON \`onboarding_task\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_obtask_tenant_due_id\` ON \`onboarding_task\` (\`tenantId\`, \`dueDate\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_survey_round_tenant_name\` ON \`survey_round\` (\`tenantId\`, \`name\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_survey_round_tenant_closes\` ON \`survey_round\` (\`tenantId\`, \`closesOn\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_survey_round_tenant_opens\` ON \`survey_round\` (\`tenantId\`, \`opensOn\`, \`id\`)`);
    await q.query(
      `CREATE INDEX \`ix_handbook_proposal_tenant_updated\` ON \`handbook_revision_proposal\` (\`tenantId\`, \`updatedAt\`, \`id\`)`,
    );
    await q.query(
      `CREATE INDEX \`ix_handbook_proposal_tenant_created\` ON \`handbook_revision_proposal\` (\`tenantId\`, \`createdAt\`, \`id\`)`,
    );
    await q.query(`CREATE INDEX \`ix_inspection_tenant_updated\` ON \`inspection\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_inspection_tenant_failed\` ON \`inspection\` (\`tenantId\`, \`failedItems\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_inspection_tenant_score\` ON \`inspection\` (\`tenantId\`, \`scorePercent\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_inspection_tenant_submitted\` ON \`inspection\` (\`tenantId\`, \`submittedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_rectification_tenant_updated\` ON \`rectification\` (\`tenantId\`, \`updatedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_rectification_tenant_opened\` ON \`rectification\` (\`tenantId\`, \`openedAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_rectification_tenant_deadline\` ON \`rectification\` (\`tenantId\`, \`deadline\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_feedback_tenant_handled\` ON \`feedback\` (\`tenantId\`, \`handledAt\`, \`id\`)`);
    await q.query(`CREATE INDEX \`ix_feedback_tenant_received\` ON \`feedback\` (\`tenantId\`, \`receivedAt\`, \`id\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_feedback_tenant_received\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_handled\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_deadline\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_opened\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_updated\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_submitted\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_score\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_failed\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_updated\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_handbook_proposal_tenant_created\` ON \`handbook_revision_proposal\``);
    await q.query(`DROP INDEX \`ix_handbook_proposal_tenant_updated\` ON \`handbook_revision_proposal\``);
    await q.query(`DROP INDEX \`ix_survey_round_tenant_opens\` ON \`survey_round\``);
    await q.query(`DROP INDEX \`ix_survey_round_tenant_closes\` ON \`survey_round\``);
    await q.query(`DROP INDEX \`ix_survey_round_tenant_name\` ON \`survey_round\``);
    await q.query(`DROP INDEX \`ix_obtask_tenant_due_id\` ON \`onboarding_task\``);
    await q.query(`DROP INDEX \`ix_obtask_tenant_updated\` ON \`onboarding_task\``);
    await q.query(`DROP INDEX \`ix_onboarding_tenant_created\` ON \`onboarding\``);
    await q.query(`DROP INDEX \`ix_onboarding_tenant_start\` ON \`onboarding\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_opened\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_due\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_updated\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_regulation_tenant_title\` ON \`regulation\``);
    await q.query(`DROP INDEX \`ix_regulation_tenant_effective\` ON \`regulation\``);
    await q.query(`DROP INDEX \`ix_regulation_tenant_updated\` ON \`regulation\``);
    await q.query(`DROP INDEX \`ix_trreq_tenant_required_by\` ON \`training_requirement\``);
    await q.query(`DROP INDEX \`ix_trreq_tenant_completed\` ON \`training_requirement\``);
    await q.query(`DROP INDEX \`ix_trreq_tenant_expires\` ON \`training_requirement\``);
    await q.query(`DROP INDEX \`ix_trsession_tenant_starts\` ON \`training_session\``);
    await q.query(`DROP INDEX \`ix_trsession_tenant_capacity\` ON \`training_session\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_name\` ON \`employee\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_no_id\` ON \`employee\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_hire\` ON \`employee\``);
    await q.query(`DROP INDEX \`ix_insptemplate_tenant_name_id\` ON \`inspection_template\``);
    await q.query(`DROP INDEX \`ix_insptemplate_tenant_updated\` ON \`inspection_template\``);
    await q.query(`DROP INDEX \`ix_handbook_tenant_name\` ON \`handbook\``);
    await q.query(`DROP INDEX \`ix_handbook_tenant_updated\` ON \`handbook\``);
    await q.query(`DROP INDEX \`ix_standard_tenant_code_id\` ON \`standard\``);
    await q.query(`DROP INDEX \`ix_standard_tenant_score\` ON \`standard\``);
    await q.query(`DROP INDEX \`ix_standard_tenant_updated\` ON \`standard\``);
    await q.query(`DROP INDEX \`ix_property_tenant_name_id\` ON \`property\``);
    await q.query(`DROP INDEX \`ix_property_tenant_area\` ON \`property\``);
    await q.query(`DROP INDEX \`ix_property_tenant_updated\` ON \`property\``);
    await q.query(`DROP INDEX \`ix_project_tenant_name\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_created\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_code_id\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_updated\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_membership_tenant_role\` ON \`membership\``);
    await q.query(`DROP INDEX \`ix_membership_tenant_created\` ON \`membership\``);
    await q.query(`CREATE INDEX \`ix_feedback_tenant_received\` ON \`feedback\` (\`tenantId\`, \`receivedAt\`)`);
    await q.query(`CREATE INDEX \`ix_survey_round_tenant_opens\` ON \`survey_round\` (\`tenantId\`, \`opensOn\`)`);
    await q.query(`CREATE INDEX \`ix_onboarding_tenant_created\` ON \`onboarding\` (\`tenantId\`, \`createdAt\`)`);
    await q.query(`CREATE INDEX \`ix_complaint_tenant_opened\` ON \`complaint\` (\`tenantId\`, \`openedAt\`)`);
    await q.query(`CREATE INDEX \`ix_regulation_tenant_title\` ON \`regulation\` (\`tenantId\`, \`title\`)`);
    await q.query(`CREATE INDEX \`ix_trsession_tenant_starts\` ON \`training_session\` (\`tenantId\`, \`startsAt\`)`);
    await q.query(`CREATE INDEX \`ix_employee_tenant_name\` ON \`employee\` (\`tenantId\`, \`name\`)`);
    await q.query(`CREATE INDEX \`ix_project_tenant_name\` ON \`project\` (\`tenantId\`, \`name\`)`);
    await q.query(`CREATE INDEX \`ix_project_tenant_created\` ON \`project\` (\`tenantId\`, \`createdAt\`)`);
    await q.query(`CREATE INDEX \`ix_membership_tenant_role\` ON \`membership\` (\`tenantId\`, \`role\`)`);
  }
}
