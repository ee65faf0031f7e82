import { NOTIFICATION_KINDS, afterQuietHours, nextDigestAt, notificationLink, notificationText, retryDelayMs } from './notifications';

const SH = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);

describe('notification texts', () => {
  it('words every kind in both languages from its parameters, instants in the recipient’s zone', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const language of ['zh-CN', 'en-US']) {
        const t = notificationText(kind, {}, { language });
        expect(t.title.length).toBeGreaterThan(0);
        expect(t.body.length).toBeGreaterThan(0);
      }
    }
    const zh = notificationText('OCCURRENCE_DUE_SOON', {
      project: '翠湖花园',
      template: '日常巡检',
      dueAt: '2026-03-02T01:00:00.000Z',
      windowEndsAt: '2026-03-02T02:00:00.000Z',
    });
    expect(zh.title).toBe('检查即将到期：翠湖花园');
    expect(zh.body).toBe('「日常巡检」（翠湖花园）将于 2026-03-02 09:00 到期，请在 2026-03-02 10:00 前完成。');
    const en = notificationText(
      'OCCURRENCE_DUE_SOON',
      { project: 'Green Lake', template: 'Daily', dueAt: '2026-03-02T01:00:00.000Z' },
      { language: 'en-US', timeZone: 'Europe/London' },
    );
    expect(en.body).toContain('due at 2026-03-02 01:00');
    // A missing value shows as a dash rather than "{name}" or "undefined".
    expect(en.body).toContain('by —');
  });

  it('links each kind to its screen', () => {
    expect(notificationLink('RECTIFICATION_SUBMITTED', 'r1')).toBe('/rectifications/r1');
    expect(notificationLink('OCCURRENCE_DUE_SOON', 'o1')).toBe('/inspections/perform?occurrence=o1');
    expect(notificationLink('ONBOARDING_TASK_LATE', 't1', { onboardingId: 'ob1' })).toBe('/onboarding/ob1');
    expect(notificationLink('COST_MONTH_FLAGGED', 'p1', { projectId: 'p1' })).toBe('/costs/p1');
  });
});

describe('quiet hours and the digest', () => {
  const quiet = { start: '22:00', end: '07:30' };
  it('holds a delivery inside quiet hours over midnight until they end, local time', () => {
    // 23:00 Shanghai on 1 March → 07:30 on 2 March.
    expect(afterQuietHours(at('2026-03-01T15:00:00Z'), quiet, SH).toISOString()).toBe('2026-03-01T23:30:00.000Z');
    // 06:00 on 2 March → 07:30 the same day.
    expect(afterQuietHours(at('2026-03-01T22:00:00Z'), quiet, SH).toISOString()).toBe('2026-03-01T23:30:00.000Z');
    // 12:00 → at once.
    expect(afterQuietHours(at('2026-03-02T04:00:00Z'), quiet, SH).toISOString()).toBe('2026-03-02T04:00:00.000Z');
    // Within one day (12:00–14:00), and no quiet hours at all.
    expect(afterQuietHours(at('2026-03-02T04:30:00Z'), { start: '12:00', end: '14:00' }, SH).toISOString()).toBe(
      '2026-03-02T06:00:00.000Z',
    );
    expect(afterQuietHours(at('2026-03-02T04:30:00Z'), { start: null, end: null }, SH).toISOString()).toBe('2026-03-02T04:30:00.000Z');
  });

  it('sends the digest at the chosen hour today, or tomorrow once it has passed', () => {
    expect(nextDigestAt(at('2026-03-02T00:00:00Z'), 9, SH).toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(nextDigestAt(at('2026-03-02T02:00:00Z'), 9, SH).toISOString()).toBe('2026-03-03T01:00:00.000Z');
  });

  it('backs off exponentially, capped', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 60_000, 180_000))).toEqual([60_000, 120_000, 180_000, 180_000]);
  });
});
