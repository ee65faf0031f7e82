// 检查日历: month/week calendar of inspection occurrences for a scope (all, a project, a region, an
// inspector, mine), with a day drawer to record completions and iCal subscriptions. Scope, view,
// date, open day and drawer state filter live in the URL so a link reproduces the view.
import { useCallback, useMemo, useState } from 'react';
import { Button, Card, Grid, Segmented, Select, Skeleton, Space, Tooltip, Typography, theme } from 'antd';
import { CalendarOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type OccurrenceState, type Role } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { dayjs, formatDate } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { useDataScope, useMe } from '../../session/SessionProvider';
import {
  calendarStateFromParams,
  COUNT_KEY,
  DAY_FORMAT,
  isNarrowScope,
  scopeKindsFor,
  scopeParams,
  shiftAnchor,
  STATE_COLORS,
  STATE_ORDER,
  todayString,
  toScopeVariable,
  viewRange,
  type CalendarView,
  type Counts,
  type ScopeKind,
} from './calendar-utils';
import { FeedModal } from './FeedModal';
import { MONTH_ITEMS, MonthView, type CalendarDayData } from './MonthView';
import { OccurrenceDrawer } from './OccurrenceDrawer';
import { AgendaView } from './AgendaView';
import { WeekView } from './WeekView';
import {
  CalendarInspectorOptionsQuery,
  CalendarProjectOptionsQuery,
  CalendarRegionOptionsQuery,
  InspectionCalendarQuery,
} from './inspection-calendar.operations';

const WEEK_ITEMS = 50;

function TotalsStrip({ totals, onPick }: { totals: Counts | undefined; onPick: (state?: OccurrenceState) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const cell = (key: string, label: string, value: number, color: string, state?: OccurrenceState) => (
    <button
      key={key}
      type="button"
      data-testid={`calendar-total-${key}`}
      onClick={() => onPick(state)}
      disabled={!value}
      style={{
        all: 'unset',
        cursor: value ? 'pointer' : 'default',
        minWidth: 92,
        padding: '6px 12px',
        borderRadius: token.borderRadius,
        borderInlineStart: `3px solid ${color}`,
        background: token.colorFillQuaternary,
      }}
    >
      <div style={{ fontSize: 12, color: token.colorTextSecondary }}>{label}</div>
      <div
        style={{
          fontSize: 20,
          fontWeight: 600,
          fontVariantNumeric: 'tabular-nums',
          color: value && state && (state === 'OVERDUE' || state === 'MISSED') ? token.colorError : token.colorText,
        }}
      >
        {value}
      </div>
    </button>
  );
  return (
    <Tooltip title={t('inspectionCalendar.totals.hint')} placement="topLeft">
      <div
        data-testid="calendar-totals"
        aria-label={t('inspectionCalendar.totals.title')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      >
        {cell('total', t('inspectionCalendar.totals.total'), totals?.total ?? 0, token.colorPrimary)}
        {STATE_ORDER.map((s) => cell(s, t(`inspectionCalendar.states.${s}`), totals?.[COUNT_KEY[s]] ?? 0, token[STATE_COLORS[s]], s))}
      </div>
    </Tooltip>
  );
}

export default function InspectionCalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useQueryState();
  const today = todayString();
  const screens = Grid.useBreakpoint();
  // A phone (below md) gets the agenda: seven columns of a month or week do not fit 390 px.
  const phone = screens.md === false;
  // antd reports the breakpoints after the first render: until then a phone is not yet known to be one.
  const breakpointsKnown = screens.md !== undefined;
  const urlState = useMemo(() => calendarStateFromParams(params, me.role, today), [params, me.role, today]);
  const state = useMemo(
    () => (phone && urlState.view !== 'agenda' ? { ...urlState, view: 'agenda' as const } : urlState),
    [phone, urlState],
  );
  const range = useMemo(() => viewRange(state.view, state.anchor), [state.view, state.anchor]);
  const scope = toScopeVariable(state, range.from, range.to);
  const narrow = isNarrowScope(state.scope);
  const itemsPerDay = state.view === 'week' ? WEEK_ITEMS : narrow ? MONTH_ITEMS : 0;
  const [feedsOpen, setFeedsOpen] = useState(false);

  const canListMembers = me.role !== 'INSPECTOR';
  // Region choices follow the data scope: a region-scoped user's own regions, none for a project-scoped one.
  const dataScope = useDataScope();
  const scopeKinds = scopeKindsFor(me.role, canListMembers, dataScope.kind);
  const regionScoped = dataScope.kind !== 'COMPANY';

  const calendar = useQuery(InspectionCalendarQuery, {
    variables: { scope: scope ?? { from: range.from, to: range.to }, itemsPerDay },
    skip: !scope || state.view === 'agenda' || !breakpointsKnown,
    notifyOnNetworkStatusChange: true,
  });
  const projects = useQuery(CalendarProjectOptionsQuery, { skip: state.scope !== 'project' });
  const regions = useQuery(CalendarRegionOptionsQuery, { skip: state.scope !== 'region' || regionScoped });
  const inspectors = useQuery(CalendarInspectorOptionsQuery, { skip: state.scope !== 'inspector' || !canListMembers });

  const projectOptions = projects.data?.projects.nodes ?? [];
  const selectedProject = projectOptions.find((p) => p.id === state.projectId);
  const regionOptions = dataScope.kind === 'REGIONS' ? me.regions : (regions.data?.regions.nodes ?? []);
  const inspectorOptions = useMemo(
    () =>
      [...(inspectors.data?.inspectionAssignees ?? [])]
        .flatMap((m) => (m.user ? [{ ...m, user: m.user }] : []))
        .sort(
          (a, b) => Number(b.role === 'INSPECTOR') - Number(a.role === 'INSPECTOR') || a.user.displayName.localeCompare(b.user.displayName),
        ),
    [inspectors.data],
  );

  // While another range or scope loads, the previous one stays (dimmed).
  const current = (calendar.data ?? calendar.previousData)?.inspectionCalendar;
  const byDate = useMemo(() => new Map<string, CalendarDayData>((current?.days ?? []).map((d) => [d.date, d])), [current]);

  const setView = (view: CalendarView) => update({ view: view === 'month' ? undefined : view });
  const go = (direction: 1 | -1) => update({ date: shiftAnchor(state.view, state.anchor, direction) });
  const goToday = () => update({ date: undefined });
  const setScope = (kind: ScopeKind, id?: string) => update(scopeParams(kind, id));
  const openDay = useCallback((date: string) => update({ day: date, states: undefined }), [update]);
  const closeDrawer = () => update({ day: undefined, states: undefined });
  // Without a day the drawer lists the whole range; `states=all` keeps it open unfiltered.
  const setDrawerStates = (states: OccurrenceState[]) =>
    update({ states: states.length ? states.join(',') : state.day ? undefined : 'all' });
  const openRange = (s?: OccurrenceState) => update({ day: undefined, states: s ?? 'all' });

  const drawerOpen = !!state.day || params.has('states');
  const drawerScope = state.day ? toScopeVariable(state, state.day, state.day) : scope;
  const drawerTitle = state.day
    ? t('inspectionCalendar.drawer.dayTitle', { date: `${formatDate(state.day)} ${dayjs(state.day, DAY_FORMAT).format('ddd')}` })
    : t('inspectionCalendar.drawer.rangeTitle', { from: formatDate(range.from), to: formatDate(range.to) });

  const title =
    state.view === 'month'
      ? dayjs(state.anchor, DAY_FORMAT).format(t('inspectionCalendar.monthFormat'))
      : t('inspectionCalendar.weekTitle', { from: formatDate(range.from), to: formatDate(range.to) });
  const agendaScope = { projectId: scope?.projectId, regionId: scope?.regionId, assigneeUserId: scope?.assigneeUserId, mine: scope?.mine };

  const picker =
    state.scope === 'project' ? (
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="calendar-scope-project"
        placeholder={t('inspectionCalendar.pick.project')}
        value={state.projectId}
        loading={projects.loading}
        onChange={(id: string) => setScope('project', id)}
        options={projectOptions.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
        style={{ width: 240 }}
        popupMatchSelectWidth={false}
      />
    ) : state.scope === 'region' ? (
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="calendar-scope-region"
        placeholder={t('inspectionCalendar.pick.region')}
        value={state.regionId}
        loading={regions.loading}
        onChange={(id: string) => setScope('region', id)}
        options={regionOptions.map((r) => ({ value: r.id, label: r.name }))}
        style={{ width: 180 }}
      />
    ) : state.scope === 'inspector' ? (
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="calendar-scope-inspector"
        placeholder={t('inspectionCalendar.pick.inspector')}
        value={state.inspectorId}
        loading={inspectors.loading}
        onChange={(id: string) => setScope('inspector', id)}
        options={inspectorOptions.map((m) => ({ value: m.user.id, label: `${m.user.displayName}（${t(`roles.${m.role as Role}`)}）` }))}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
      />
    ) : null;

  const pickerError =
    state.scope === 'project'
      ? projects.error
      : state.scope === 'region'
        ? regions.error
        : state.scope === 'inspector'
          ? inspectors.error
          : undefined;

  let body;
  if (!scope) {
    body = pickerError ? (
      <ErrorState
        error={pickerError}
        onRetry={() => void (state.scope === 'project' ? projects : state.scope === 'region' ? regions : inspectors).refetch()}
        compact
      />
    ) : (
      <EmptyState title={t(`inspectionCalendar.pickPrompt.${state.scope as 'project' | 'region' | 'inspector'}`)} action={picker} />
    );
  } else if (state.view === 'agenda') {
    body = <AgendaView scope={agendaScope} from={state.anchor} today={today} showAssignee={state.scope !== 'mine'} />;
  } else if (!current && calendar.loading) {
    body = (
      <div data-testid="calendar-skeleton">
        <Skeleton active title={false} paragraph={{ rows: 10 }} />
      </div>
    );
  } else if (!current && calendar.error) {
    body = <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />;
  } else {
    const showProject = state.scope !== 'project';
    body = (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {calendar.error ? <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} compact /> : null}
        <TotalsStrip totals={current?.totals} onPick={openRange} />
        {current && current.totals.total === 0 ? (
          <EmptyState title={t('inspectionCalendar.empty')} hint={t('inspectionCalendar.emptyHint')} />
        ) : null}
        <div style={{ opacity: calendar.loading ? 0.6 : 1, transition: 'opacity .2s' }} aria-busy={calendar.loading}>
          {state.view === 'month' ? (
            <MonthView
              anchor={state.anchor}
              days={range.days}
              byDate={byDate}
              today={today}
              showItems={narrow}
              showProject={showProject}
              onOpenDay={openDay}
            />
          ) : (
            <WeekView days={range.days} byDate={byDate} today={today} showProject={showProject} onOpenDay={openDay} />
          )}
        </div>
      </Space>
    );
  }

  return (
    <div data-testid="inspection-calendar">
      <PageHeader
        title={t('inspectionCalendar.title')}
        subTitle={t('inspectionCalendar.subtitle')}
        extra={
          <Button icon={<CalendarOutlined />} onClick={() => setFeedsOpen(true)} data-testid="ical-button">
            {t('inspectionCalendar.ical.button')}
          </Button>
        }
      />
      <Card variant="borderless">
        <div
          style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between', marginBottom: 16 }}
        >
          <Space wrap size={8}>
            <Segmented<ScopeKind>
              data-testid="calendar-scope"
              aria-label={t('inspectionCalendar.scopeLabel')}
              value={state.scope}
              onChange={(kind) => setScope(kind)}
              options={scopeKinds.map((k) => ({
                value: k,
                label: <span data-testid={`calendar-scope-${k}`}>{t(`inspectionCalendar.scopes.${k}`)}</span>,
              }))}
            />
            {scope ? picker : null}
          </Space>
          <Space wrap size={8}>
            <Button
              icon={<LeftOutlined />}
              onClick={() => go(-1)}
              aria-label={t(`inspectionCalendar.prev.${state.view}`)}
              title={t(`inspectionCalendar.prev.${state.view}`)}
              data-testid="calendar-prev"
            />
            <Button onClick={goToday} data-testid="calendar-today">
              {t('inspectionCalendar.today')}
            </Button>
            <Button
              icon={<RightOutlined />}
              onClick={() => go(1)}
              aria-label={t(`inspectionCalendar.next.${state.view}`)}
              title={t(`inspectionCalendar.next.${state.view}`)}
              data-testid="calendar-next"
            />
            <Typography.Text
              strong
              style={{ fontSize: 16, minWidth: 120, textAlign: 'center', display: 'inline-block' }}
              data-testid="calendar-title"
            >
              {title}
            </Typography.Text>
            {phone ? null : (
              <Segmented<CalendarView>
                data-testid="calendar-view"
                value={state.view}
                onChange={setView}
                options={[
                  { value: 'month', label: <span data-testid="calendar-view-month">{t('inspectionCalendar.views.month')}</span> },
                  { value: 'week', label: <span data-testid="calendar-view-week">{t('inspectionCalendar.views.week')}</span> },
                  { value: 'agenda', label: <span data-testid="calendar-view-agenda">{t('inspectionCalendar.views.agenda')}</span> },
                ]}
              />
            )}
          </Space>
        </div>
        {body}
      </Card>
      <OccurrenceDrawer
        open={drawerOpen}
        title={drawerTitle}
        scope={drawerScope}
        states={state.states}
        me={{ role: me.role, userId: me.user.id }}
        onStatesChange={setDrawerStates}
        onClose={closeDrawer}
        onChanged={() => void calendar.refetch()}
      />
      <FeedModal
        open={feedsOpen}
        onClose={() => setFeedsOpen(false)}
        project={state.scope === 'project' && state.projectId ? { id: state.projectId, name: selectedProject?.name ?? '' } : null}
      />
    </div>
  );
}
