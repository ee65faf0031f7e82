// Notifications (消息): what kinds there are, how each is worded in each language, where it links,
// and the pure rules for channels, quiet hours and the daily digest. Shared by the API (e-mail and
// group-robot texts, GraphQL `title`/`body`) and the web client (the bell and the notification
// centre word the same stored kind + params in the UI's language).
import { localDayStart, localTime } from './schedule';

export const NOTIFICATION_GROUPS = [
  'INSPECTIONS',
  'RECTIFICATIONS',
  'ONBOARDING',
  'FEEDBACK',
  'REGULATIONS',
  'TRAINING',
  'COMPLAINTS',
  'COSTS',
  'SURVEYS',
  'APPROVALS',
] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

/** Every kind, with its group (the notification centre filters by kind, grouped). */
export const NOTIFICATION_KIND_GROUP = {
  OCCURRENCE_ASSIGNED: 'INSPECTIONS',
  OCCURRENCE_DUE_SOON: 'INSPECTIONS',
  OCCURRENCE_OVERDUE: 'INSPECTIONS',
  OCCURRENCE_MISSED: 'INSPECTIONS',
  RECTIFICATION_ASSIGNED: 'RECTIFICATIONS',
  RECTIFICATION_DUE_SOON: 'RECTIFICATIONS',
  RECTIFICATION_OVERDUE: 'RECTIFICATIONS',
  RECTIFICATION_SUBMITTED: 'RECTIFICATIONS',
  RECTIFICATION_REJECTED: 'RECTIFICATIONS',
  RECTIFICATION_VERIFIED: 'RECTIFICATIONS',
  ONBOARDING_TASK_ASSIGNED: 'ONBOARDING',
  ONBOARDING_TASK_LATE: 'ONBOARDING',
  FEEDBACK_RECEIVED: 'FEEDBACK',
  REGULATION_PUBLISHED: 'REGULATIONS',
  TRAINING_SESSION_TEACHING: 'TRAINING',
  COMPLAINT_ACTION_ASSIGNED: 'COMPLAINTS',
  COMPLAINT_ESCALATED: 'COMPLAINTS',
  COMPLAINT_AWAITING_VERIFICATION: 'COMPLAINTS',
  COST_MONTH_FLAGGED: 'COSTS',
  SURVEY_ROUND_CLOSING: 'SURVEYS',
  APPROVAL_REQUESTED: 'APPROVALS',
  APPROVAL_APPROVED: 'APPROVALS',
  APPROVAL_REJECTED: 'APPROVALS',
} as const satisfies Record<string, NotificationGroup>;
export type NotificationKind = keyof typeof NOTIFICATION_KIND_GROUP;
export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_KIND_GROUP) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return value in NOTIFICATION_KIND_GROUP;
}

/** Channels beyond the app (the app itself always gets every notification). */
export const DELIVERY_CHANNELS = ['EMAIL', 'WECOM', 'DINGTALK', 'WEBHOOK'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** What a company admin configures: the SMTP server, group robots and outgoing webhooks. */
export const CHANNEL_TYPES = ['SMTP', 'WECOM_ROBOT', 'DINGTALK_ROBOT', 'WEBHOOK'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export const CHANNEL_OF_TYPE: Record<ChannelType, DeliveryChannel> = {
  SMTP: 'EMAIL',
  WECOM_ROBOT: 'WECOM',
  DINGTALK_ROBOT: 'DINGTALK',
  WEBHOOK: 'WEBHOOK',
};

export const NOTIFICATION_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

export const NOTIFICATION_RULES = {
  /** An inspection is "due soon" this long before it is due. */
  occurrenceLeadMinutes: 60,
  /** A rectification is "due soon" this long before its deadline. */
  rectificationLeadHours: 24,
  /** A survey round is "about to close" this many days before its last day. */
  surveyClosingDays: 2,
  channelName: { min: 1, max: 60 },
  url: { max: 500 },
  secret: { max: 200 },
  quietTime: /^([01]\d|2[0-3]):[0-5]\d$/,
  maxKindsPerChannel: 40,
} as const;

export type NotificationParams = Record<string, string | number | null>;

type Texts = { title: string; body: string };
const T = (zh: Texts, en: Texts) => ({ 'zh-CN': zh, 'en-US': en });

/**
 * The wording per kind. `{name}` is replaced by the parameter; parameters ending in `At` are
 * instants (shown in the recipient's time zone), `Date` ones local dates as stored.
 */
const CATALOGUE: Record<NotificationKind, Record<NotificationLanguage, Texts>> = {
  OCCURRENCE_ASSIGNED: T(
    { title: '新的检查安排：{project}', body: '{actor}把「{template}」（{project}）的定期检查安排给了你，请在检查日历中查看时间。' },
    {
      title: 'New inspection assignment: {project}',
      body: '{actor} assigned you the recurring inspection "{template}" at {project}; see the inspection calendar for its times.',
    },
  ),
  OCCURRENCE_DUE_SOON: T(
    { title: '检查即将到期：{project}', body: '「{template}」（{project}）将于 {dueAt} 到期，请在 {windowEndsAt} 前完成。' },
    { title: 'Inspection due soon: {project}', body: '"{template}" at {project} is due at {dueAt}; complete it by {windowEndsAt}.' },
  ),
  OCCURRENCE_OVERDUE: T(
    { title: '检查已逾期：{project}', body: '「{template}」（{project}）原定 {dueAt}，完成时限已过，仍可补做（记为迟交）。' },
    {
      title: 'Inspection overdue: {project}',
      body: '"{template}" at {project} was due at {dueAt}; its window has closed but it can still be done late.',
    },
  ),
  OCCURRENCE_MISSED: T(
    { title: '检查已错过：{project}', body: '「{template}」（{project}）原定 {dueAt}，完成时限已过，记为漏检。' },
    { title: 'Inspection missed: {project}', body: '"{template}" at {project} was due at {dueAt} and was not done in its window.' },
  ),
  RECTIFICATION_ASSIGNED: T(
    { title: '新的整改单：{project}', body: '{project}：{description}。整改期限 {deadlineAt}。' },
    { title: 'New rectification: {project}', body: '{project}: {description}. Deadline {deadlineAt}.' },
  ),
  RECTIFICATION_DUE_SOON: T(
    { title: '整改即将到期：{project}', body: '{project}：{description}，将于 {deadlineAt} 到期，请及时提交整改结果。' },
    { title: 'Rectification due soon: {project}', body: '{project}: {description} is due at {deadlineAt}; submit the result in time.' },
  ),
  RECTIFICATION_OVERDUE: T(
    { title: '整改已逾期：{project}', body: '{project}：{description}，期限 {deadlineAt} 已过，尚未提交。' },
    { title: 'Rectification overdue: {project}', body: '{project}: {description} was due at {deadlineAt} and is not submitted.' },
  ),
  RECTIFICATION_SUBMITTED: T(
    { title: '整改待验证：{project}', body: '{actor}提交了整改结果（{project}：{description}），请验证。' },
    { title: 'Rectification to verify: {project}', body: '{actor} submitted the result ({project}: {description}); please verify it.' },
  ),
  RECTIFICATION_REJECTED: T(
    { title: '整改被驳回：{project}', body: '{actor}驳回了整改（{project}：{description}）：{reason}' },
    { title: 'Rectification rejected: {project}', body: '{actor} rejected the rectification ({project}: {description}): {reason}' },
  ),
  RECTIFICATION_VERIFIED: T(
    { title: '整改已验证：{project}', body: '{actor}验证通过了整改（{project}：{description}）。' },
    { title: 'Rectification verified: {project}', body: '{actor} verified the rectification ({project}: {description}).' },
  ),
  ONBOARDING_TASK_ASSIGNED: T(
    { title: '接管任务：{task}', body: '{actor}把 {project} 的接管任务「{task}」交给了你，截止 {dueDate}。' },
    { title: 'Onboarding task: {task}', body: '{actor} assigned you the onboarding task "{task}" of {project}, due {dueDate}.' },
  ),
  ONBOARDING_TASK_LATE: T(
    { title: '接管任务逾期：{task}', body: '{project} 的接管任务「{task}」（{department}）截止 {dueDate}，仍未完成。' },
    {
      title: 'Onboarding task late: {task}',
      body: 'The onboarding task "{task}" of {project} ({department}) was due {dueDate} and is not done.',
    },
  ),
  FEEDBACK_RECEIVED: T(
    { title: '新的客户反馈：{project}', body: '检查发现面向客户的问题（{project}）：{description}' },
    { title: 'New customer feedback: {project}', body: 'An inspection found a customer-facing problem at {project}: {description}' },
  ),
  REGULATION_PUBLISHED: T(
    { title: '制度发布，请阅读确认：{regulation}', body: '《{regulation}》第 {versionNumber} 版已发布：{summary}。请阅读并确认。' },
    {
      title: 'Regulation published, please acknowledge: {regulation}',
      body: '"{regulation}" version {versionNumber} was published: {summary}. Please read and acknowledge it.',
    },
  ),
  TRAINING_SESSION_TEACHING: T(
    { title: '培训授课安排：{session}', body: '你将于 {startsAt} 在 {location} 讲授「{session}」。' },
    { title: 'You are teaching: {session}', body: 'You teach "{session}" at {startsAt} in {location}.' },
  ),
  COMPLAINT_ACTION_ASSIGNED: T(
    {
      title: '投诉处理措施：{complaint}',
      body: '{actor}在重大投诉「{complaint}」（{project}）中给你安排了措施：{action}，截止 {deadlineDate}。',
    },
    {
      title: 'Complaint action for you: {complaint}',
      body: '{actor} gave you an action in the case "{complaint}" ({project}): {action}, due {deadlineDate}.',
    },
  ),
  COMPLAINT_ESCALATED: T(
    { title: '重大投诉已升级：{complaint}', body: '「{complaint}」（{project}）处理期限 {dueAt} 已过，已列入升级清单。' },
    {
      title: 'Complaint escalated: {complaint}',
      body: '"{complaint}" ({project}) passed its due time {dueAt} and is on the escalation list.',
    },
  ),
  COMPLAINT_AWAITING_VERIFICATION: T(
    { title: '投诉待验证：{complaint}', body: '{actor}已解决重大投诉「{complaint}」（{project}），请核实实际效果。' },
    {
      title: 'Complaint to verify: {complaint}',
      body: '{actor} resolved the case "{complaint}" ({project}); please check the actual effect.',
    },
  ),
  COST_MONTH_FLAGGED: T(
    {
      title: '成本超支：{project} {month}',
      body: '{project} {month} 实际成本 {actualYuan} 元，超出预算 {budgetYuan} 元的 {variancePercent}%。',
    },
    {
      title: 'Cost overrun: {project} {month}',
      body: '{project} spent ¥{actualYuan} in {month}, {variancePercent}% over the budget of ¥{budgetYuan}.',
    },
  ),
  SURVEY_ROUND_CLOSING: T(
    { title: '客户意见调查即将结束：{round}', body: '「{round}」（{project}）将于 {closesDate} 结束，目前收回 {responses} 份答卷。' },
    { title: 'Survey round closing: {round}', body: '"{round}" at {project} closes on {closesDate}; {responses} responses so far.' },
  ),
  APPROVAL_REQUESTED: T(
    { title: '待审批：{title}', body: '{actor}提交了「{title}」（{kind}），请审批：{step}。' },
    { title: 'Waiting for your approval: {title}', body: '{actor} submitted "{title}" ({kind}); please decide: {step}.' },
  ),
  APPROVAL_APPROVED: T(
    { title: '审批通过：{title}', body: '「{title}」（{kind}）已全部审批通过并生效。' },
    { title: 'Approved: {title}', body: '"{title}" ({kind}) was approved by every step and has taken effect.' },
  ),
  APPROVAL_REJECTED: T(
    { title: '审批被驳回：{title}', body: '{actor}驳回了「{title}」（{kind}）：{reason}' },
    { title: 'Rejected: {title}', body: '{actor} rejected "{title}" ({kind}): {reason}' },
  ),
};

export interface RenderOptions {
  language?: NotificationLanguage | string | null;
  timeZone?: string | null;
}

export function notificationLanguage(value: string | null | undefined): NotificationLanguage {
  return value && value.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

function formatParam(key: string, value: string | number | null | undefined, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key.endsWith('At') && typeof value === 'string') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : localTime(d, timeZone, 'YYYY-MM-DD HH:mm');
  }
  return String(value);
}

/** The title and body of a notification in a language (unknown kinds read as their name). */
export function notificationText(kind: string, params: NotificationParams, options: RenderOptions = {}): Texts {
  const language = notificationLanguage(options.language);
  const timeZone = options.timeZone || 'Asia/Shanghai';
  const texts = isNotificationKind(kind) ? CATALOGUE[kind][language] : { title: kind, body: '' };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => formatParam(k, params[k], timeZone));
  return { title: fill(texts.title), body: fill(texts.body) };
}

/** The screen a notification opens (a path inside the web app). */
export function notificationLink(kind: NotificationKind, entityId: string | null, params: NotificationParams = {}): string {
  const id = entityId ? encodeURIComponent(entityId) : '';
  switch (NOTIFICATION_KIND_GROUP[kind]) {
    case 'INSPECTIONS':
      // An open occurrence opens the inspection form for it; a missed one the calendar.
      return kind === 'OCCURRENCE_DUE_SOON' || kind === 'OCCURRENCE_OVERDUE'
        ? `/inspections/perform?occurrence=${id}`
        : '/inspection-calendar';
    case 'RECTIFICATIONS':
      return `/rectifications/${id}`;
    case 'ONBOARDING':
      return params['onboardingId'] ? `/onboarding/${encodeURIComponent(String(params['onboardingId']))}` : '/onboarding/tasks';
    case 'FEEDBACK':
      return `/feedback?open=${id}`;
    case 'REGULATIONS':
      return `/regulations/${id}`;
    case 'TRAINING':
      return `/training/sessions/${id}`;
    case 'COMPLAINTS':
      return `/complaints/${id}`;
    case 'COSTS':
      return params['projectId'] ? `/costs/${encodeURIComponent(String(params['projectId']))}` : '/costs';
    case 'SURVEYS':
      return `/surveys/${id}`;
    case 'APPROVALS':
      return `/approvals/${id}`;
  }
}

// --- Quiet hours and the daily digest (pure; the API applies them when it schedules a delivery)

/** Minutes since local midnight of "HH:mm". */
function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * When a delivery may go out: `now`, or — inside the person's quiet hours (local "HH:mm" to
 * "HH:mm", possibly over midnight, e.g. 22:00–07:30) — the end of the quiet period.
 */
export function afterQuietHours(now: Date, quiet: { start: string | null; end: string | null }, timeZone: string): Date {
  if (!quiet.start || !quiet.end || quiet.start === quiet.end) return now;
  const local = localTime(now, timeZone, 'HH:mm');
  const at = minutesOf(local);
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const inside = start < end ? at >= start && at < end : at >= start || at < end;
  if (!inside) return now;
  const today = localTime(now, timeZone, 'YYYY-MM-DD');
  // The end is today unless the period runs over midnight and we are before midnight.
  const endDay = start > end && at >= start ? nextDay(today) : today;
  return new Date(localDayStart(endDay, timeZone).getTime() + end * 60_000);
}

/** The next time the daily digest goes out: today at `hour` local time, or tomorrow if that has passed. */
export function nextDigestAt(now: Date, hour: number, timeZone: string): Date {
  const today = localTime(now, timeZone, 'YYYY-MM-DD');
  const todayAt = new Date(localDayStart(today, timeZone).getTime() + hour * 3_600_000);
  return todayAt > now ? todayAt : new Date(localDayStart(nextDay(today), timeZone).getTime() + hour * 3_600_000);
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Retry delay after the n-th failed attempt (1-based): base × 2^(n−1), at most `max`. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
