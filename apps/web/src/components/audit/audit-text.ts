// Audit entries in words: labels come from the domain's registry (zh/en, one place), values are
// shown as people read them — names instead of ids, dates, money, enum labels — never as raw
// identifiers.
import {
  auditEntityLabel,
  auditFieldFormat,
  auditFieldLabel,
  auditOperationLabel,
  formatMoney,
  isRecordPage,
  recordPath,
  type AuditLanguage,
} from '@pinzhi/domain';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import type { AuditEntryFieldsFragment } from '../../gql/graphql';

export type AuditEntryView = AuditEntryFieldsFragment;
export type AuditChangeView = AuditEntryView['changeList'][number];
export interface RefView {
  id: string;
  name: string | null;
  page: string | null;
  pageId: string | null;
}

export const auditLanguage = (language: string): AuditLanguage => (language.startsWith('en') ? 'en' : 'zh');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function operationText(operation: string, lang: AuditLanguage, t: TFunction): string {
  return auditOperationLabel(operation, lang) ?? t('audit.otherOperation');
}

export function entityText(entity: string, lang: AuditLanguage, t: TFunction): string {
  return auditEntityLabel(entity, lang) ?? t('audit.otherRecord');
}

export function fieldText(field: string, lang: AuditLanguage, t: TFunction): string {
  return auditFieldLabel(field, lang) ?? t('audit.otherField');
}

/** The client path of a referenced record, when it has a page. */
export function refPath(ref: { page: string | null; pageId: string | null }): string | null {
  return ref.page && isRecordPage(ref.page) ? recordPath(ref.page, ref.pageId) : null;
}

/**
 * Enum values with labels elsewhere in the texts, by `field` or `field@Entity` (checked first).
 * Codes without a label are shown as they are (upper case codes, never ids).
 */
const VALUE_TEXTS: Record<string, string> = {
  stage: 'stages',
  role: 'roles',
  appliesToRoles: 'roles',
  assigneeRole: 'planning.assigneeRoles',
  format: 'formats',
  formats: 'formats',
  category: 'categories',
  checkMethod: 'checkMethods',
  condition: 'conditions',
  kind: 'handbooks.kinds',
  anchor: 'planning.anchors',
  periodUnit: 'planning.periodUnits',
  decision: 'costs.decisions',
  channel: 'surveys.channels',
  channels: 'surveys.channels',
  'category@CostEntry': 'costs.categories',
  'state@Rectification': 'inspections.rectificationStates',
  'state@Complaint': 'complaints.states',
  'state@Feedback': 'feedback.states',
  'state@InspectionOccurrence': 'calendar.states',
  'source@Complaint': 'complaints.sources',
  'category@Complaint': 'complaints.categories',
  'severity@Complaint': 'complaints.severities',
  'status@Inspection': 'inspections.status',
  'status@OnboardingTask': 'onboarding.taskStatus',
  'status@Onboarding': 'onboarding.status',
  'status@TrainingSession': 'training.sessionStatus',
  'status@HandbookRevisionProposal': 'surveys.proposalStatus',
  'scope@Regulation': 'regulations.scopes',
  'scope@TrainingPlan': 'training.scopes',
};

function enumText(entity: string, field: string, value: string, t: TFunction): string {
  const prefix = VALUE_TEXTS[`${field}@${entity}`] ?? VALUE_TEXTS[field];
  const key = prefix ? `${prefix}.${value}` : null;
  return key && t(key as 'stages.OPERATING', { defaultValue: '' }) ? t(key as 'stages.OPERATING') : value;
}

function refsText(refs: RefView[], entityKind: string | null, lang: AuditLanguage, t: TFunction): string {
  if (refs.length === 0) return t('common.none');
  const removed = t('audit.removedRecord', { kind: entityKind ? entityText(entityKind, lang, t) : t('audit.otherRecord') });
  return refs.map((r) => r.name || removed).join(lang === 'zh' ? '、' : ', ');
}

/** One side of a change (before or after) as text; `refs` are the names of the ids it holds. */
export function valueText(
  entity: string,
  change: Pick<AuditChangeView, 'field' | 'refKind'>,
  value: unknown,
  refs: RefView[] | null,
  lang: AuditLanguage,
  t: TFunction,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (change.refKind === 'EvidenceFile') return t('audit.files', { count: Array.isArray(value) ? value.length : 1 });
  if (refs && change.refKind) return refsText(refs, change.refKind, lang, t);
  const format = auditFieldFormat(change.field);
  if (format === 'document') return t('audit.changed');
  if (format === 'count') return Array.isArray(value) ? t('audit.items', { count: value.length }) : String(value);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    if (format === 'fen') return formatMoney(value);
    if (format === 'basisPoints') return `${value / 100}%`;
    if (format === 'percent') return `${value}%`;
    return String(value);
  }
  if (typeof value === 'string') {
    if (format === 'datetime') return formatDateTime(value);
    if (format === 'date') return formatDate(value);
    if (UUID.test(value)) return t('audit.otherRecord');
    if (/^[A-Z][A-Z0-9_]*$/.test(value)) return enumText(entity, change.field, value, t);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string' && !UUID.test(v)))
      return (value as string[])
        .map((v) => (/^[A-Z][A-Z0-9_]*$/.test(v) ? enumText(entity, change.field, v, t) : v))
        .join(lang === 'zh' ? '、' : ', ');
    return t('audit.items', { count: value.length });
  }
  return t('audit.changed');
}
