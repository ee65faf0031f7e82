// 培训场次: sessions by date for a month or a week (period and view in the URL), and "schedule a
// session" (HR, admins) in a modal.
import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Segmented, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TRAINING_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { OutdatedTag } from './parts';
import { CoursesQuery, CreateSessionMutation, SessionsQuery, TrainersQuery, TrainingOptionsQuery } from './training.operations';
import type { SessionRowFragment } from '../../gql/graphql';

type View = 'month' | 'week';

/** The period shown: [from, to) of the month or ISO week containing `anchor`. */
export function sessionPeriod(anchor: string, view: View): { from: string; to: string } {
  const d = dayjs(anchor);
  const start = view === 'month' ? d.startOf('month') : d.subtract((d.day() + 6) % 7, 'day').startOf('day');
  const end = view === 'month' ? start.add(1, 'month') : start.add(7, 'day');
  return { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') };
}

interface SessionFormValues {
  courseId: string;
  trainerUserId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: number;
  passMark?: number | null;
  projectId?: string | null;
  note?: string;
}

function NewSessionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<SessionFormValues>();
  const courses = useQuery(CoursesQuery, { variables: { includeArchived: false }, skip: !open });
  const trainers = useQuery(TrainersQuery, { skip: !open });
  const options = useQuery(TrainingOptionsQuery, { skip: !open });
  const [create, creating] = useMutation(CreateSessionMutation, { refetchQueries: ['TrainingSessions'] });
  const trainerOptions = useMemo(() => {
    const list = (trainers.data?.inspectionAssignees ?? []).flatMap((a) => (a.user ? [{ value: a.user.id, label: a.user.displayName }] : []));
    const me = trainers.data?.me.user;
    if (me && !list.some((o) => o.value === me.id)) list.unshift({ value: me.id, label: me.displayName });
    return list;
  }, [trainers.data]);

  const submit = async (v: SessionFormValues) => {
    try {
      const { data } = await create({
        variables: {
          input: {
            courseId: v.courseId,
            trainerUserId: v.trainerUserId,
            startsAt: new Date(v.startsAt).toISOString(),
            endsAt: new Date(v.endsAt).toISOString(),
            place: v.place.trim(),
            capacity: Number(v.capacity),
            passMark: v.passMark == null ? null : Number(v.passMark),
            projectId: v.projectId || null,
            note: v.note?.trim() || null,
          },
        },
      });
      void message.success(t('training.sessions.created'));
      onClose();
      form.resetFields();
      if (data?.createTrainingSession) void navigate(`/training/sessions/${data.createTrainingSession.id}`);
    } catch (e) {
      reportError(e, { form, fields: ['courseId', 'trainerUserId', 'startsAt', 'endsAt', 'place', 'capacity', 'passMark', 'projectId', 'note'] });
    }
  };

  return (
    <Modal
      open={open}
      title={t('training.sessions.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: creating.loading, 'data-testid': 'session-save' } as never}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ capacity: 30 }} data-testid="session-form">
        <Form.Item name="courseId" label={t('training.sessions.fields.course')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={courses.loading}
            options={(courses.data?.courses ?? []).map((c) => ({ value: c.id, label: c.title }))}
            data-testid="session-course"
          />
        </Form.Item>
        <Form.Item name="trainerUserId" label={t('training.sessions.fields.trainer')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={trainers.loading} options={trainerOptions} data-testid="session-trainer" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="startsAt" label={t('training.sessions.fields.startsAt')} rules={[{ required: true, message: t('validation.REQUIRED') }]} style={{ flex: 1 }}>
            <Input type="datetime-local" data-testid="session-starts" />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('training.sessions.fields.endsAt')}
            dependencies={['startsAt']}
            style={{ flex: 1 }}
            rules={[
              { required: true, message: t('validation.REQUIRED') },
              ({ getFieldValue }) => ({
                validator: (_, value: string) => (!value || !getFieldValue('startsAt') || value > getFieldValue('startsAt') ? Promise.resolve() : Promise.reject(new Error(t('validation.DATE_ORDER')))),
              }),
            ]}
          >
            <Input type="datetime-local" data-testid="session-ends" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="place" label={t('training.sessions.fields.place')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }, { max: TRAINING_RULES.place.max, message: t('validation.TOO_LONG', { max: TRAINING_RULES.place.max }) }]}>
          <Input data-testid="session-place" />
        </Form.Item>
        <Space size={16}>
          <Form.Item name="capacity" label={t('training.sessions.fields.capacity')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
            <InputNumber min={TRAINING_RULES.capacity.min} max={TRAINING_RULES.capacity.max} precision={0} data-testid="session-capacity" />
          </Form.Item>
          <Form.Item name="passMark" label={t('training.sessions.fields.passMark')} tooltip={t('training.sessions.fields.passMarkHint')}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="projectId" label={t('training.sessions.fields.project')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            data-testid="session-project"
          />
        </Form.Item>
        <Form.Item name="note" label={t('training.sessions.fields.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function TrainingSessionsPage() {
  const { t } = useTranslation();
  const { params, update } = useQueryState();
  const mayManage = useCan('training.manage');
  const [creating, setCreating] = useState(false);
  const view: View = params.get('view') === 'week' ? 'week' : 'month';
  const anchor = params.get('date') && dayjs(params.get('date')).isValid() ? params.get('date')! : dayjs().format('YYYY-MM-DD');
  const period = sessionPeriod(anchor, view);
  const { data, previousData, loading, error, refetch } = useQuery(SessionsQuery, {
    variables: { filter: { from: dayjs(period.from).toISOString(), to: dayjs(period.to).toISOString() }, first: 100 },
    notifyOnNetworkStatusChange: true,
  });
  const sessions = (data ?? previousData)?.trainingSessions.nodes ?? [];
  const step = (n: number) => update({ date: dayjs(anchor).add(n, view).format('YYYY-MM-DD') });

  const columns: TableColumnsType<SessionRowFragment> = [
    { key: 'date', title: t('training.record.date'), width: 120, render: (_, s) => s.localDate },
    { key: 'time', title: t('training.sessions.fields.time'), width: 130, render: (_, s) => `${dayjs(s.startsAt).format('HH:mm')}–${dayjs(s.endsAt).format('HH:mm')}` },
    {
      key: 'course',
      title: t('training.sessions.fields.course'),
      render: (_, s) => (
        <Space size={4}>
          <Link to={`/training/sessions/${s.id}`} data-testid="session-link">
            {s.course?.title ?? '—'}
          </Link>
          {s.course?.outdated ? <OutdatedTag /> : null}
        </Space>
      ),
    },
    { key: 'trainer', title: t('training.sessions.fields.trainer'), width: 120, render: (_, s) => s.trainer?.displayName ?? '—' },
    { key: 'place', title: t('training.sessions.fields.place'), ellipsis: true, render: (_, s) => s.place },
    { key: 'project', title: t('training.common.project'), width: 110, render: (_, s) => s.project?.code ?? '—' },
    { key: 'enrolled', title: t('training.sessions.fields.enrolled'), width: 90, render: (_, s) => `${s.enrolledCount}/${s.capacity}` },
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
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
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
            {view === 'month' ? dayjs(period.from).format('YYYY-MM') : `${period.from} – ${dayjs(period.to).subtract(1, 'day').format('YYYY-MM-DD')}`}
          </Typography.Text>
          <Button icon={<RightOutlined />} onClick={() => step(1)} aria-label={t('training.sessions.next')} />
          <Button onClick={() => update({ date: undefined })}>{t('training.sessions.today')}</Button>
        </div>
        {!data && !previousData && loading ? (
          <TableSkeleton />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <Table<SessionRowFragment>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={sessions}
            loading={loading}
            pagination={false}
            scroll={{ x: 900 }}
            data-testid="sessions-table"
            locale={{ emptyText: <EmptyState title={t('training.sessions.empty')} hint={mayManage ? t('training.sessions.emptyHint') : undefined} /> }}
            onRow={(s) => ({ 'data-testid': 'session-row', 'data-id': s.id }) as never}
          />
        )}
      </Card>
      <NewSessionModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

