import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity, UUID } from './base';

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
}
