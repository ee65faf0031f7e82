// 培训场次: sessions by date for a month or a week (period, view and sort in the URL; ListPage, sorted in
// the browser: a period's sessions come whole), and "schedule a session" (HR, admins) in a modal.
import { useState } from 'react';
import { Button, Segmented, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { byText, byValue, ListPage, useListState } from '../../components/list-page';
import { EmptyState } from '../../components/PageStates';
import { DEFAULT_TIME_ZONE } from '@pinzhi/domain';
import { dayjs } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { OutdatedTag } from './parts';
import { SessionModal } from './SessionModal';
import { sessionTimes, sessionZone } from './training-utils';
import { SessionsQuery } from './training.operations';
import type { SessionRowFragment } from '../../gql/graphql';

type View = 'month' | 'week';
const SORTS = { date: true, trainer: true, enrolled: true } as const;

/** The period shown: [from, to) of the month or ISO week containing `anchor`. */
export function sessionPeriod(anchor: string, view: View): { from: string; to: string } {
  const d = dayjs(anchor);
  const start = view === 'month' ? d.startOf('month') : d.subtract((d.day() + 6) % 7, 'day').startOf('day');
  const end = view === 'month' ? start.add(1, 'month') : start.add(7, 'day');
  return { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') };
}

export default function TrainingSessionsPage() {
  const { t } = useTranslation();
  const list = useListState({ sorts: SORTS, paging: 'none' });
  const { params, update } = list;
  const mayManage = useCan('training.manage');
  const [creating, setCreating] = useState(false);
  const view: View = params.get('view') === 'week' ? 'week' : 'month';
  const anchor = params.get('date') && dayjs(params.get('date')).isValid() ? params.get('date')! : dayjs().format('YYYY-MM-DD');
  const period = sessionPeriod(anchor, view);
  const query = useQuery(SessionsQuery, {
    // The period's days in the company's default zone (sessions show in their own zone).
    variables: {
      filter: { from: dayjs.tz(period.from, DEFAULT_TIME_ZONE).toISOString(), to: dayjs.tz(period.to, DEFAULT_TIME_ZONE).toISOString() },
      first: 100,
    },
    notifyOnNetworkStatusChange: true,
  });
  const sessions = (query.data ?? query.previousData)?.trainingSessions.nodes;
  const step = (n: number) => update({ date: dayjs(anchor).add(n, view).format('YYYY-MM-DD') });

  const columns: TableColumnsType<SessionRowFragment> = [
    { key: 'date', title: t('training.record.date'), width: 120, sorter: byValue((s) => s.startsAt), render: (_, s) => s.localDate },
    { key: 'time', title: t('training.sessions.fields.time'), width: 130, render: (_, s) => sessionTimes(s, sessionZone(s.project)) },
    {
      key: 'course',
      title: t('training.sessions.fields.course'),
      render: (_, s) => (
        <Space size={4} wrap>
          <Link to={`/training/sessions/${s.id}`} data-testid="session-link">
            {s.courses.map((c) => c.title).join('、') || '—'}
          </Link>
          {s.courses.some((c) => c.outdated) ? <OutdatedTag /> : null}
        </Space>
      ),
    },
    {
      key: 'trainer',
      title: t('training.sessions.fields.trainer'),
      width: 120,
      sorter: byText((s) => s.trainer?.displayName),
      render: (_, s) => s.trainer?.displayName ?? '—',
    },
    { key: 'place', title: t('training.sessions.fields.place'), ellipsis: true, render: (_, s) => s.place },
    { key: 'project', title: t('training.common.project'), width: 110, render: (_, s) => s.project?.code ?? '—' },
    {
      key: 'enrolled',
      title: t('training.sessions.fields.enrolled'),
      width: 100,
      sorter: byValue((s) => s.enrolledCount),
      render: (_, s) => `${s.enrolledCount}/${s.capacity}`,
    },
    {
      key: 'status',
      title: t('training.sessions.fields.status'),
      width: 90,
      render: (_, s) => <Tag color={s.status === 'CANCELLED' ? 'default' : 'blue'}>{t(`training.sessionStatus.${s.status}`)}</Tag>,
    },
  ];

  return (
    <div data-testid="training-sessions-page">
      <PageHeader
        title={t('training.sessions.title')}
        subTitle={t('training.sessions.subtitle')}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-session">
              {t('training.sessions.new')}
            </Button>
          ) : null
        }
      />
      <ListPage<SessionRowFragment>
        list={list}
        query={query}
        rows={sessions}
        columns={columns}
        filters={
          <Space wrap size={12} style={{ alignItems: 'center' }}>
            <Segmented<View>
              value={view}
              onChange={(v) => update({ view: v === 'month' ? undefined : v })}
              options={[
                { value: 'month', label: t('training.sessions.month') },
                { value: 'week', label: t('training.sessions.week') },
              ]}
            />
            <Button icon={<LeftOutlined />} onClick={() => step(-1)} aria-label={t('training.sessions.prev')} />
            <Typography.Text strong data-testid="session-period">
              {view === 'month'
                ? dayjs(period.from).format('YYYY-MM')
                : `${period.from} – ${dayjs(period.to).subtract(1, 'day').format('YYYY-MM-DD')}`}
            </Typography.Text>
            <Button icon={<RightOutlined />} onClick={() => step(1)} aria-label={t('training.sessions.next')} />
            <Button onClick={() => update({ date: undefined })}>{t('training.sessions.today')}</Button>
          </Space>
        }
        empty={<EmptyState title={t('training.sessions.empty')} hint={mayManage ? t('training.sessions.emptyHint') : undefined} />}
        testIds={{ table: 'sessions-table' }}
        scroll={{ x: 900 }}
        onRow={(s) => ({ 'data-testid': 'session-row', 'data-id': s.id }) as never}
      />
      {creating ? <SessionModal session={null} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
