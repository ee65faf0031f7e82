import type { CostCategory, CostDecision } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity, UUID } from './base';

/** 运营成本: one project's budget and actual of one category in one month, in integer fen. */
@Entity('cost_entry')
@Index('uq_cost_entry_tenant_project_month_category', ['tenantId', 'projectId', 'month', 'category'], { unique: true })
@Index('ix_cost_entry_tenant_month', ['tenantId', 'month'])
export class CostEntry extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  /** 'YYYY-MM' */
  @Column({ type: 'varchar', length: 7 })
  month!: string;

  @Column({ type: 'varchar', length: 20 })
  category!: CostCategory;

  @Column({ type: 'int', default: 0 })
  budgetFen!: number;

  @Column({ type: 'int', default: 0 })
  actualFen!: number;
}

/** The tenant's cost review threshold (one row per tenant, created on first change). */
@Entity('cost_settings')
@Index('uq_cost_settings_tenant', ['tenantId'], { unique: true })
export class CostSettings extends TenantOwnedEntity {
  /** Basis points of the budget: 500 = flagged when actual exceeds budget by more than 5%. */
  @Column({ type: 'int' })
  thresholdBp!: number;
}

/** A reviewer's decision on a project's month of costs (history: every decision is a row). */
@Entity('cost_review')
@Index('ix_cost_review_tenant_project_month', ['tenantId', 'projectId', 'month', 'createdAt'])
export class CostReview extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  @Column({ type: 'varchar', length: 7 })
  month!: string;

  @Column({ type: 'varchar', length: 20 })
  decision!: CostDecision;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column(UUID)
  reviewerUserId!: string;

  /** Budget, actual and threshold when decided, so the history explains itself. */
  @Column({ type: 'int' })
  budgetFen!: number;

  @Column({ type: 'int' })
  actualFen!: number;

  @Column({ type: 'int' })
  thresholdBp!: number;
}
