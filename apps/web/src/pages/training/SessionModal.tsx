// Schedule a session / edit one (HR, admins): course, trainer (trainingTrainers), start and end
// entered in the session's zone (its project's, else Asia/Shanghai), place, capacity, pass mark,
// project and note. Field errors from the API land at their fields.
import { useMemo } from 'react';
import { App, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TRAINING_RULES, type Role } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { DateTimeField } from '../../components/DateFields';
import { isoToZonedInput, sessionZone, zonedInputToIso } from './training-utils';
import { CoursesQuery, CreateSessionMutation, TrainersQuery, TrainingOptionsQuery, UpdateSessionMutation } from './training.operations';
import type { SessionRowFragment } from '../../gql/graphql';

interface SessionFormValues {
  courseIds: string[];
  trainerUserId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: number;
  passMark?: number | null;
  projectId?: string | null;
  note?: string;
}

const FIELDS = ['courseIds', 'trainerUserId', 'startsAt', 'endsAt', 'place', 'capacity', 'passMark', 'projectId', 'note'];

export function SessionModal({ session, onClose }: { session: SessionRowFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<SessionFormValues>();
  const courses = useQuery(CoursesQuery, { variables: { includeArchived: false } });
  const trainers = useQuery(TrainersQuery);
  const options = useQuery(TrainingOptionsQuery);
  const refetchQueries = ['TrainingSessions', 'TrainingSession'];
  const [create, creating] = useMutation(CreateSessionMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateSessionMutation, { refetchQueries });
  const projects = options.data?.projects.nodes ?? [];
  const projectId = Form.useWatch('projectId', form);
  const zone = sessionZone(projectId ? (projects.find((p) => p.id === projectId) ?? session?.project) : null);

  const trainerOptions = useMemo(() => {
    const list = (trainers.data?.trainingTrainers ?? []).flatMap((a) =>
      a.user ? [{ value: a.user.id, label: `${a.user.displayName} · ${t(`roles.${a.role as Role}`)}` }] : [],
    );
    if (session?.trainer && !list.some((o) => o.value === session.trainer!.id))
      list.unshift({ value: session.trainer.id, label: session.trainer.displayName });
    return list;
  }, [trainers.data, session, t]);
  const courseOptions = (courses.data?.courses ?? []).map((c) => ({ value: c.id, label: c.title }));
  // an archived course stays listed for the session that teaches it
  for (const c of session?.courses ?? [])
    if (!courseOptions.some((o) => o.value === c.id)) courseOptions.push({ value: c.id, label: c.title });

  const initialValues = useMemo<Partial<SessionFormValues>>(() => {
    if (!session) return { capacity: 30 };
    const z = sessionZone(session.project);
    return {
      courseIds: session.courses.map((c) => c.id),
      trainerUserId: session.trainer?.id,
      startsAt: isoToZonedInput(session.startsAt as string, z),
      endsAt: isoToZonedInput(session.endsAt as string, z),
      place: session.place,
      capacity: session.capacity,
      passMark: session.passMark,
      projectId: session.project?.id ?? null,
      note: session.note ?? '',
    };
  }, [session]);

  const submit = async (v: SessionFormValues) => {
    const input = {
      courseIds: v.courseIds,
      trainerUserId: v.trainerUserId,
      startsAt: zonedInputToIso(v.startsAt, zone),
      endsAt: zonedInputToIso(v.endsAt, zone),
      place: v.place.trim(),
      capacity: Number(v.capacity),
      passMark: v.passMark == null ? null : Number(v.passMark),
      projectId: v.projectId || null,
      note: v.note?.trim() || null,
    };
    try {
      if (session) {
        await update({ variables: { id: session.id, input, expectedVersion: session.version } });
        void message.success(t('training.sessions.saved'));
        onClose();
      } else {
        const { data } = await create({ variables: { input } });
        void message.success(t('training.sessions.created'));
        onClose();
        if (data?.createTrainingSession) void navigate(`/training/sessions/${data.createTrainingSession.id}`);
      }
    } catch (e) {
      reportError(e, { form, fields: FIELDS });
    }
  };

  return (
    <Modal
      open
      title={t(session ? 'training.sessions.editTitle' : 'training.sessions.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: creating.loading || updating.loading, 'data-testid': 'session-save' } as never}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={initialValues} data-testid="session-form">
        <Form.Item
          name="courseIds"
          label={t('training.sessions.fields.courses')}
          tooltip={t('training.sessions.fields.coursesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.REQUIRED') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={courses.loading}
            options={courseOptions}
            data-testid="session-course"
          />
        </Form.Item>
        <Form.Item
          name="trainerUserId"
          label={t('training.sessions.fields.trainer')}
          rules={[{ required: true, message: t('validation.REQUIRED') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={trainers.loading}
            options={trainerOptions}
            data-testid="session-trainer"
          />
        </Form.Item>
        <Form.Item name="projectId" label={t('training.sessions.fields.project')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={projects.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            data-testid="session-project"
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="startsAt"
            label={t('training.sessions.fields.startsAt')}
            rules={[{ required: true, message: t('validation.REQUIRED') }]}
            style={{ flex: 1 }}
          >
            <DateTimeField data-testid="session-starts" />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('training.sessions.fields.endsAt')}
            dependencies={['startsAt']}
            style={{ flex: 1 }}
            rules={[
              { required: true, message: t('validation.REQUIRED') },
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  !value || !getFieldValue('startsAt') || value > getFieldValue('startsAt')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.TIME_ORDER'))),
              }),
            ]}
          >
            <DateTimeField data-testid="session-ends" />
          </Form.Item>
        </Space.Compact>
        <Typography.Paragraph type="secondary" style={{ marginTop: -16 }} data-testid="session-zone">
          {t('training.sessions.timeZoneHint', { zone })}
        </Typography.Paragraph>
        <Form.Item
          name="place"
          label={t('training.sessions.fields.place')}
          rules={[
            { required: true, whitespace: true, message: t('validation.REQUIRED') },
            { max: TRAINING_RULES.place.max, message: t('validation.TOO_LONG', { max: TRAINING_RULES.place.max }) },
          ]}
        >
          <Input data-testid="session-place" />
        </Form.Item>
        <Space size={16}>
          <Form.Item
            name="capacity"
            label={t('training.sessions.fields.capacity')}
            rules={[{ required: true, message: t('validation.REQUIRED') }, numberRange(t, { ...TRAINING_RULES.capacity, integer: true })]}
          >
            <NumberInput min={TRAINING_RULES.capacity.min} max={TRAINING_RULES.capacity.max} integer data-testid="session-capacity" />
          </Form.Item>
          <Form.Item
            name="passMark"
            label={t('training.sessions.fields.passMark')}
            tooltip={t('training.sessions.fields.passMarkHint')}
            rules={[numberRange(t, { min: 0, max: 100, integer: true })]}
          >
            <NumberInput min={0} max={100} integer />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('training.sessions.fields.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
