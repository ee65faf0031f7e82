import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/**
 * 公司设置: the company's own choices that several capabilities read (one row per tenant,
 * created on the first change; until then the defaults of `COMPANY_SETTINGS_DEFAULTS` apply).
 * Edited by the tenant admin and the Quality Center.
 */
@Entity('company_settings')
@Index('uq_company_settings_tenant', ['tenantId'], { unique: true })
export class CompanySettings extends TenantOwnedEntity {
  /**
   * Who owns a rectification when its project has no (active) manager: the company's fallback
   * (默认整改负责人). Null: the person who found it.
   */
  @Column({ ...UUID, nullable: true })
  rectificationFallbackOwnerUserId!: string | null;

  /** How many hours before its window opens a planned inspection may be started (0 = not before). */
  @Column({ type: 'int', default: 0 })
  earlyStartHours!: number;

  /** 简称 (the full name is the tenant's). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  shortName!: string | null;

  /** The logo as a `data:image/…;base64,…` URL (≤ 48 KB image; see COMPANY_SETTINGS_RULES.logo). */
  @Column({ type: 'text', nullable: true })
  logo!: string | null;

  /** Default time zone (IANA) for new projects and the company's dates. */
  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timeZone!: string;

  /** Default language of new members ('zh-CN', 'en-US'). */
  @Column({ type: 'varchar', length: 10, default: 'zh-CN' })
  language!: string;

  /** 工作日: ISO weekdays (1 = Monday … 7 = Sunday); null: Monday to Friday. */
  @Column({ type: 'simple-json', nullable: true })
  workingDays!: number[] | null;

  /** 默认节假日: the holiday list new inspection frequencies start from. */
  @Column({ ...UUID, nullable: true })
  defaultHolidayListId!: string | null;

  /** The starter pack applied ('standard' or 'empty'); null until one is. A pack is applied once. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  starterPack!: string | null;

  @Column({ ...INSTANT, nullable: true })
  starterPackAppliedAt!: Date | null;

  /** When the first-day checklist on the 工作台 was dismissed. */
  @Column({ ...INSTANT, nullable: true })
  setupDismissedAt!: Date | null;

  /** 检查层级权重: each level's weight in the evaluation, in percent (the three sum to 100). */
  @Column({ type: 'int', default: 20 })
  selfCheckWeight!: number;

  @Column({ type: 'int', default: 30 })
  regionalWeight!: number;

  @Column({ type: 'int', default: 50 })
  companyWeight!: number;

  /** 自查虚高阈值: points by which self-checks may average above the independent checks before a project is flagged. */
  @Column({ type: 'int', default: 10 })
  inflationThreshold!: number;
}
