import { AUDIT_ENTITIES, AUDIT_FIELDS, AUDIT_OPERATIONS, auditFieldRef, type AuditFieldLabel, type AuditLabel } from './audit';
import { RECORD_PAGES, recordPath } from './records';

const CJK = /[\u4e00-\u9fff]/;
const RAW = /[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/; // camelCase / PascalCase identifiers

describe('the audit label registry', () => {
  const all: [string, Record<string, AuditLabel>][] = [
    ['operation', AUDIT_OPERATIONS],
    ['entity', AUDIT_ENTITIES],
    ['field', AUDIT_FIELDS],
  ];

  it.each(all)('every %s has a Chinese and an English label, neither a raw identifier', (_kind, labels) => {
    for (const [key, label] of Object.entries(labels)) {
      expect({ key, zh: CJK.test(label.zh) }).toEqual({ key, zh: true });
      expect({ key, en: label.en.trim().length > 0 && !RAW.test(label.en) }).toEqual({ key, en: true });
    }
  });

  it('points reference fields only at kinds of record that exist', () => {
    const kinds = new Set([...Object.keys(AUDIT_ENTITIES), 'User', 'EvidenceFile']);
    for (const [field, f] of Object.entries(AUDIT_FIELDS as Record<string, AuditFieldLabel>)) {
      for (const ref of [f.ref, ...Object.values(f.refIn ?? {})])
        if (ref) expect({ field, ref, known: kinds.has(ref) }).toEqual({ field, ref, known: true });
    }
    expect(auditFieldRef('Onboarding', 'templateId')).toBe('OnboardingTemplate');
    expect(auditFieldRef('InspectionFrequency', 'templateId')).toBe('InspectionTemplate');
    expect(auditFieldRef('Project', 'name')).toBeNull();
    expect(auditFieldRef('Project', 'noSuchField')).toBeNull();
  });
});

describe('record pages', () => {
  it('builds paths with the key URL-encoded, and without one for list pages', () => {
    expect(recordPath('Project', 'a1')).toBe('/projects/a1');
    expect(recordPath('Standards', 'CON ATT/01')).toBe('/standards?q=CON%20ATT%2F01');
    expect(recordPath('Regions', null)).toBe('/regions');
    for (const template of Object.values(RECORD_PAGES)) expect(template.startsWith('/')).toBe(true);
  });
});
