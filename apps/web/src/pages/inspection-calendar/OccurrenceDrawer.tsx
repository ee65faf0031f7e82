// All occurrences of a day (or of the range, by state), paginated, with "record completion".
import { useState } from 'react';
import { App, Alert, Button, Descriptions, Drawer, Input, Modal, Skeleton, Space, Tag, Typography, theme } from 'antd';
import { CheckOutlined, FormOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OCCURRENCE_STATES, type OccurrenceState, type Role } from '@pinzhi/domain';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError } from '../../lib/errors';
import { StateTag, startPath, templateName } from './CalendarParts';
import { localDateTime, localTime, mayComplete, STATE_COLORS, STATE_ORDER } from './calendar-utils';
import { CalendarOccurrencesQuery, CompleteInspectionOccurrenceMutation } from './inspection-calendar.operations';
import type { CalendarOccurrencesQuery as CalendarOccurrencesData, OccurrenceScope } from '../../gql/graphql';

export const DRAWER_PAGE_SIZE = 50;

type DrawerOccurrence = CalendarOccurrencesData['inspectionOccurrences']['nodes'][number];

/** Why a completion was refused (BAD_USER_INPUT / INVALID_TRANSITION), from the error's params. */
function transitionProblem(error: unknown): { kind: 'notYetDue' | 'windowClosed' | 'alreadyDone'; at?: string } | null {
  const problem = toApiError(error);
  if (problem.code !== 'BAD_USER_INPUT') return null;
  const field = problem.fields.find((f) => f.reason === 'INVALID_TRANSITION');
  if (!field) return null;
  const params = field.params ?? {};
  if (typeof params.dueAt === 'string') return { kind: 'notYetDue', at: params.dueAt };
  if (typeof params.windowEndsAt === 'string') return { kind: 'windowClosed', at: params.windowEndsAt };
  return { kind: 'alreadyDone' };
}

function CompleteModal({ occurrence, onClose, onDone }: { occurrence: DrawerOccurrence | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [note, setNote] = useState('');
  const [complete, { loading }] = useMutation(CompleteInspectionOccurrenceMutation);
  const close = () => {
    setNote('');
    onClose();
  };
  const submit = async () => {
    if (!occurrence) return;
    try {
      const result = await complete({ variables: { id: occurrence.id, note: note.trim() || null } });
      const state = result.data?.completeInspectionOccurrence.state;
      void message.success(state === 'LATE' ? t('inspectionCalendar.complete.doneLate') : t('inspectionCalendar.complete.done'));
      setNote('');
      onDone();
    } catch (error) {
      const problem = transitionProblem(error);
      if (problem) {
        const tz = occurrence.project.timeZone;
        void message.error(t(`inspectionCalendar.complete.${problem.kind}`, { time: localDateTime(problem.at ?? occurrence.dueAt, tz) }));
        onDone(); // the state changed under us: show the current one
      } else reportError(error);
    }
  };
  const name = occurrence ? templateName(occurrence, t('inspectionCalendar.deletedTemplate')) : '';
  return (
    <Modal
      open={!!occurrence}
      title={t('inspectionCalendar.complete.title')}
      okText={t('inspectionCalendar.complete.ok')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'complete-confirm' } as never}
    >
      {occurrence ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t('inspectionCalendar.complete.content', { name, time: localDateTime(occurrence.dueAt, occurrence.project.timeZone) })}
          </Typography.Paragraph>
          {occurrence.state === 'OVERDUE' ? <Alert type="warning" showIcon title={t('inspectionCalendar.complete.lateWarning')} /> : null}
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('inspectionCalendar.complete.notePlaceholder')}
            maxLength={500}
            showCount
            rows={3}
            data-testid="complete-note"
          />
        </Space>
      ) : null}
    </Modal>
  );
}

function OccurrenceCard({
  o,
  me,
  onComplete,
}: {
  o: DrawerOccurrence;
  me: { role: Role; userId: string };
  onComplete: (o: DrawerOccurrence) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const tz = o.project.timeZone;
  const name = templateName(o, t('inspectionCalendar.deletedTemplate'));
  const alert = o.state === 'OVERDUE' || o.state === 'MISSED';
  const assignee =
    o.assigneeUser?.displayName ??
    (o.assigneeRole ? t(`inspectionCalendar.assigneeRoles.${o.assigneeRole}`) : t('inspectionCalendar.unassigned'));
  return (
    <div
      data-testid="calendar-item"
      data-state={o.state}
      style={{
        border: `1px solid ${alert ? token.colorErrorBorder : token.colorBorderSecondary}`,
        background: alert ? token.colorErrorBg : undefined,
        borderRadius: token.borderRadius,
        padding: 12,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, marginBottom: 8 }}>
        <Space size={8} wrap style={{ minWidth: 0 }}>
          <StateTag state={o.state} />
          <span style={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{localTime(o.dueAt, tz)}</span>
          <Typography.Text strong>{name}</Typography.Text>
        </Space>
        {mayComplete(o, me) ? (
          <Space size={6} wrap>
            {/* The inspection form completes the occurrence with the real results. */}
            <Link to={startPath(o)} data-testid="start-occurrence-inspection">
              <Button size="small" type="primary" icon={<FormOutlined />}>
                {o.kind === 'PATROL' ? t('inspectionCalendar.startPatrol') : t('inspections.startInspection')}
              </Button>
            </Link>
            <Button size="small" icon={<CheckOutlined />} onClick={() => onComplete(o)} data-testid="complete-occurrence">
              {t('inspectionCalendar.complete.button')}
            </Button>
          </Space>
        ) : null}
      </div>
      <Descriptions size="small" column={1} styles={{ label: { width: 88 } }}>
        <Descriptions.Item label={t('inspectionCalendar.fields.dueAt')}>
          <span title={t('inspectionCalendar.fields.timeZone', { zone: tz })}>{localDateTime(o.dueAt, tz)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspectionCalendar.fields.windowEndsAt')}>
          <Space size={6} wrap>
            <span>{localDateTime(o.windowEndsAt, tz)}</span>
            {o.allowLate ? <Tag variant="filled">{t('inspectionCalendar.fields.allowLate')}</Tag> : null}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspectionCalendar.fields.project')}>{`${o.project.code} · ${o.project.name}`}</Descriptions.Item>
        <Descriptions.Item label={t('inspectionCalendar.fields.assignee')}>{assignee}</Descriptions.Item>
        {o.completedAt ? (
          <Descriptions.Item label={t('inspectionCalendar.fields.completedAt')}>
            {localDateTime(o.completedAt, tz)}
            {o.completedBy ? ` · ${o.completedBy.displayName}` : ''}
          </Descriptions.Item>
        ) : null}
        {o.completionNote ? <Descriptions.Item label={t('inspectionCalendar.fields.note')}>{o.completionNote}</Descriptions.Item> : null}
      </Descriptions>
    </div>
  );
}

export function OccurrenceDrawer({
  open,
  title,
  scope,
  states,
  me,
  onStatesChange,
  onClose,
  onChanged,
}: {
  open: boolean;
  title: string;
  scope: OccurrenceScope | null;
  states: OccurrenceState[];
  me: { role: Role; userId: string };
  onStatesChange: (states: OccurrenceState[]) => void;
  onClose: () => void;
  /** After a completion: refresh the calendar's counts. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [completing, setCompleting] = useState<DrawerOccurrence | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const skip = !open || !scope;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CalendarOccurrencesQuery, {
    variables: { scope: scope ?? { from: '', to: '' }, states: states.length ? states : null, first: DRAWER_PAGE_SIZE },
    skip,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? (loading ? previousData : undefined))?.inspectionOccurrences;

  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          inspectionOccurrences: {
            ...fetchMoreResult.inspectionOccurrences,
            nodes: [...prev.inspectionOccurrences.nodes, ...fetchMoreResult.inspectionOccurrences.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const toggle = (state: OccurrenceState) =>
    onStatesChange(
      states.includes(state) ? states.filter((s) => s !== state) : OCCURRENCE_STATES.filter((s) => s === state || states.includes(s)),
    );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={560}
      destroyOnHidden
      data-testid="day-drawer"
      rootClassName="calendar-day-drawer"
    >
      <div data-testid="day-drawer-body">
        <Space size={[4, 8]} wrap style={{ marginBottom: 12 }} data-testid="drawer-state-filter">
          <Tag.CheckableTag checked={states.length === 0} onChange={() => onStatesChange([])}>
            {t('inspectionCalendar.drawer.allStates')}
          </Tag.CheckableTag>
          {STATE_ORDER.map((s) => (
            <Tag.CheckableTag
              key={s}
              checked={states.includes(s)}
              onChange={() => toggle(s)}
              data-testid={`drawer-filter-${s}`}
              style={states.includes(s) ? undefined : { borderColor: 'transparent' }}
            >
              <span
                style={{
                  display: 'inline-block',
                  width: 6,
                  height: 6,
                  borderRadius: 3,
                  marginInlineEnd: 4,
                  verticalAlign: 'middle',
                  background: token[STATE_COLORS[s]],
                }}
              />
              {t(`inspectionCalendar.states.${s}`)}
            </Tag.CheckableTag>
          ))}
        </Space>
        {!connection && loading ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : !connection && error ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : !connection || connection.nodes.length === 0 ? (
          <EmptyState title={t('inspectionCalendar.drawer.empty')} />
        ) : (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <Typography.Text type="secondary" data-testid="drawer-count">
              {t('inspectionCalendar.drawer.count', { count: connection.totalCount, shown: connection.nodes.length })}
            </Typography.Text>
            {connection.nodes.map((o) => (
              <OccurrenceCard key={o.id} o={o} me={me} onComplete={setCompleting} />
            ))}
            {connection.pageInfo.hasNextPage ? (
              <Button block loading={loadingMore} onClick={() => void loadMore()} data-testid="drawer-load-more">
                {t('inspectionCalendar.drawer.loadMore')}
              </Button>
            ) : null}
          </Space>
        )}
      </div>
      <CompleteModal
        occurrence={completing}
        onClose={() => setCompleting(null)}
        onDone={() => {
          setCompleting(null);
          void refetch();
          onChanged();
        }}
      />
    </Drawer>
  );
}
