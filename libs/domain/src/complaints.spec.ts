import {
  complaintDueAt,
  complaintEscalationLevel,
  complaintStep,
  complaintStepBlocker,
  diffRegulations,
  isComplaintOverdue,
} from './index';

describe('major complaint states', () => {
  it('allows only the defined steps', () => {
    expect(complaintStep('OPEN', 'START')).toEqual({ to: 'IN_PROGRESS', action: 'STARTED' });
    expect(complaintStep('REOPENED', 'START')).toEqual({ to: 'IN_PROGRESS', action: 'STARTED' });
    expect(complaintStep('IN_PROGRESS', 'RESOLVE')).toEqual({ to: 'RESOLVED', action: 'RESOLVED' });
    expect(complaintStep('RESOLVED', 'VERIFY')).toEqual({ to: 'VERIFIED', action: 'VERIFIED' });
    expect(complaintStep('RESOLVED', 'REOPEN')).toEqual({ to: 'REOPENED', action: 'REOPENED' });
    expect(complaintStep('OPEN', 'RESOLVE')).toBeNull();
    expect(complaintStep('IN_PROGRESS', 'VERIFY')).toBeNull();
    expect(complaintStep('VERIFIED', 'REOPEN')).toBeNull();
  });

  it('lets only a Quality Center member other than the resolver verify', () => {
    const c = { userId: 'u1', inRegion: true, state: 'RESOLVED' as const, resolvedByUserId: 'u1', openActions: 0 };
    expect(complaintStepBlocker('VERIFY', { ...c, role: 'QUALITY_CENTER' })).toBe('RESOLVED_BY_YOU');
    expect(complaintStepBlocker('VERIFY', { ...c, role: 'QUALITY_CENTER', userId: 'u2' })).toBeNull();
    expect(complaintStepBlocker('VERIFY', { ...c, role: 'TENANT_ADMIN', userId: 'u2' })).toBe('ROLE');
    expect(complaintStepBlocker('RESOLVE', { ...c, role: 'REGIONAL_OPS', state: 'IN_PROGRESS', openActions: 1 })).toBe('ACTIONS_OPEN');
    expect(complaintStepBlocker('START', { ...c, role: 'REGIONAL_OPS', state: 'OPEN', inRegion: false })).toBe('REGION');
  });

  it('is due by severity, overdue until resolved, and escalates per step past due', () => {
    const opened = new Date('2026-12-01T00:00:00Z');
    const due = complaintDueAt(opened, 'CRITICAL');
    expect(due.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    const c = { state: 'IN_PROGRESS' as const, dueAt: due, severity: 'CRITICAL' as const };
    expect(isComplaintOverdue(c, new Date('2026-12-02T23:00:00Z'))).toBe(false);
    expect(complaintEscalationLevel(c, new Date('2026-12-03T01:00:00Z'))).toBe(1);
    expect(complaintEscalationLevel(c, new Date('2026-12-05T01:00:00Z'))).toBe(2);
    expect(complaintEscalationLevel(c, new Date('2027-01-05T01:00:00Z'))).toBe(3);
    expect(complaintEscalationLevel({ ...c, state: 'RESOLVED' }, new Date('2027-01-05T01:00:00Z'))).toBe(0);
  });
});

describe('regulation diff', () => {
  it('reports sections added, removed and changed by key', () => {
    const d = diffRegulations(
      {
        sections: [
          { key: 'a', title: '总则', body: 'x' },
          { key: 'b', title: '频次', body: '每周一次' },
        ],
      },
      {
        sections: [
          { key: 'b', title: '频次', body: '每周两次' },
          { key: 'c', title: '整改', body: 'y' },
        ],
      },
    );
    expect(d.sections.added.map((e) => e.key)).toEqual(['c']);
    expect(d.sections.removed.map((e) => e.key)).toEqual(['a']);
    expect(d.sections.changed).toEqual([
      {
        key: 'b',
        sectionKey: null,
        changes: [
          { field: 'body', from: '每周一次', to: '每周两次' },
          { field: 'position', from: 2, to: 1 },
        ],
      },
    ]);
  });
});
