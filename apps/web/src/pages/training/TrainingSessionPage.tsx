// 培训场次详情: session info, enrolment (one by one with an employee search, or by position /
// project), the attendance sheet with fast keyboard entry (sheetReducer), saved whole with errors
// shown at their rows, and the .xlsx export.
import { useEffect, useMemo, useReducer, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { DownloadOutlined, EditOutlined, SaveOutlined, UserAddOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ATTENDANCE_VALUES, type Attendance } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError, type FieldProblem } from '../../lib/errors';
import { translateFieldProblem } from '../../lib/form-errors';
import { dayjs, formatDateTime } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { useMe } from '../../session/SessionProvider';
import { OutdatedTag } from './parts';
import { SessionModal } from './SessionModal';
import { isSheetKey, problemsByEmployee, sessionTimes, sessionZone, sheetEntries, sheetReducer, type SheetRow } from './training-utils';
import {
  CancelSessionMutation,
  EmployeesQuery,
  EnrolByGroupMutation,
  EnrolEmployeesMutation,
  RecordAttendanceMutation,
  SessionQuery,
  TrainingOptionsQuery,
  UnenrolMutation,
} from './training.operations';
import type { TrainingSessionQuery } from '../../gql/graphql';

type Session = TrainingSessionQuery['trainingSession'];
type Enrolment = Session['enrolments'][number];

/** A field problem of enrolment or attendance in the user's language (the rule first). */
export function trainingProblemText(t: TFunction, p: FieldProblem): string {
  const rule = p.params?.rule;
  if (typeof rule === 'string') {
    const key = `training.session.rules.${rule}` as 'training.session.rules.FULL';
    const text = t(key, { ...(p.params ?? {}), defaultValue: '' });
    if (text) return text;
  }
  return translateFieldProblem(t, p);
}

function EnrolPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [positionId, setPositionId] = useState<string | undefined>();
  const [projectId, setProjectId] = useState<string | undefined>(session.project?.id);
  const options = useQuery(TrainingOptionsQuery);
  const search = useQuery(EmployeesQuery, {
    variables: { filter: { q: q || undefined, active: true, projectId: session.project?.id }, first: 20 },
  });
  const refetchQueries = ['TrainingSession'];
  const [enrol, enrolling] = useMutation(EnrolEmployeesMutation, { refetchQueries, awaitRefetchQueries: true });
  const [enrolGroup, grouping] = useMutation(EnrolByGroupMutation, { refetchQueries, awaitRefetchQueries: true });
  const names = new Map((search.data?.employees.nodes ?? []).map((e) => [e.id, e.name]));

  const handle = (e: unknown, ids: string[]) => {
    const problem = toApiError(e);
    if (problem.code !== 'BAD_USER_INPUT') return reportError(e);
    const byId = problemsByEmployee(problem.fields, ids, 'employeeIds');
    const lines = [...byId.entries()].map(([id, ps]) => `${names.get(id) ?? id}：${ps.map((p) => trainingProblemText(t, p)).join('；')}`);
    const rest = problem.fields.filter((p) => !p.path.includes('employeeIds')).map((p) => trainingProblemText(t, p));
    setProblems([...lines, ...rest]);
  };

  const enrolPicked = async () => {
    setProblems([]);
    try {
      await enrol({ variables: { sessionId: session.id, employeeIds: picked } });
      void message.success(t('training.session.enrolled', { count: picked.length }));
      setPicked([]);
    } catch (e) {
      handle(e, picked);
    }
  };

  const enrolByGroup = async () => {
    if (!positionId) return;
    setProblems([]);
    try {
      const { data } = await enrolGroup({ variables: { sessionId: session.id, positionId, projectId: projectId ?? null } });
      void message.success(t('training.session.enrolled', { count: data?.enrolByGroup.enrolledCount ?? 0 }));
    } catch (e) {
      handle(e, []);
    }
  };

  return (
    <Card size="small" title={t('training.session.enrolment')} style={{ marginBottom: 16 }} data-testid="enrol-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          mode="multiple"
          style={{ minWidth: 320 }}
          placeholder={t('training.session.searchEmployee')}
          filterOption={false}
          showSearch={{ onSearch: setQ }}
          value={picked}
          onChange={setPicked}
          loading={search.loading}
          options={(search.data?.employees.nodes ?? []).map((e) => ({
            value: e.id,
            label: `${e.name}${e.employeeNo ? ` · ${e.employeeNo}` : ''} · ${e.position?.name ?? ''} · ${e.project?.code ?? ''}`,
          }))}
          data-testid="enrol-search"
        />
        <Button
          icon={<UserAddOutlined />}
          disabled={!picked.length}
          loading={enrolling.loading}
          onClick={() => void enrolPicked()}
          data-testid="enrol-one"
        >
          {t('training.session.enrol')}
        </Button>
      </Space>
      <div>
        <Space wrap>
          <Select
            style={{ width: 160 }}
            placeholder={t('training.common.position')}
            value={positionId}
            onChange={setPositionId}
            options={(options.data?.positions ?? []).map((p) => ({ value: p.id, label: p.name }))}
            data-testid="group-position"
          />
          <Select
            allowClear
            style={{ width: 240 }}
            placeholder={t('training.common.allProjects')}
            value={projectId}
            onChange={setProjectId}
            disabled={!!session.project}
            showSearch={{ optionFilterProp: 'label' }}
            options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            data-testid="group-project"
          />
          <Button
            icon={<UsergroupAddOutlined />}
            disabled={!positionId}
            loading={grouping.loading}
            onClick={() => void enrolByGroup()}
            data-testid="enrol-group"
          >
            {t('training.session.enrolGroup')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
          {t('training.session.enrolGroupHint')}
        </Typography.Paragraph>
      </div>
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="enrol-problems"
          title={
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Card>
  );
}

function AttendanceSheet({ session, mayRecord, mayManage }: { session: Session; mayRecord: boolean; mayManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const initial = useMemo<SheetRow[]>(
    () =>
      session.enrolments.map((e) => ({
        employeeId: e.employee?.id ?? e.id,
        attendance: e.attendance ?? null,
        score: e.score == null ? '' : String(e.score),
      })),
    [session.enrolments],
  );
  const [state, dispatch] = useReducer(sheetReducer, { rows: initial, active: 0, dirty: false });
  const [errors, setErrors] = useState<Map<string, FieldProblem[]>>(new Map());
  const [record, recording] = useMutation(RecordAttendanceMutation);
  const [unenrol] = useMutation(UnenrolMutation, { refetchQueries: ['TrainingSession'] });
  useEffect(() => dispatch({ type: 'load', rows: initial }), [initial]);
  const started = dayjs(session.startsAt).isBefore(dayjs());
  const editable = mayRecord && started && session.status !== 'CANCELLED';
  const byId = new Map(session.enrolments.map((e) => [e.employee?.id ?? e.id, e]));

  const save = async () => {
    const entries = sheetEntries(state.rows);
    setErrors(new Map());
    try {
      await record({ variables: { sessionId: session.id, entries } });
      dispatch({ type: 'load', rows: state.rows });
      void message.success(t('training.session.saved'));
    } catch (e) {
      const problem = toApiError(e);
      if (problem.code !== 'BAD_USER_INPUT') return reportError(e);
      const rows = problemsByEmployee(
        problem.fields,
        entries.map((x) => x.employeeId),
        'entries',
      );
      setErrors(rows);
      const rest = problem.fields.filter((p) => !p.path.includes('entries'));
      if (rest.length) void message.error(rest.map((p) => trainingProblemText(t, p)).join('；'));
      else void message.error(t('training.session.rowErrors', { count: problem.fields.length }));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!editable || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    const typing = target instanceof HTMLInputElement && target.type !== 'radio';
    if (typing && /^\d$|^Backspace$/.test(e.key)) return; // typing in the score box itself
    if (!isSheetKey(e.key)) return;
    e.preventDefault();
    dispatch({ type: 'key', key: e.key });
  };

  const columns: TableColumnsType<SheetRow> = [
    { key: 'n', title: '#', width: 48, render: (_, __, i) => i + 1 },
    {
      key: 'employee',
      title: t('training.session.employee'),
      render: (_, r) => {
        const en = byId.get(r.employeeId);
        const rowErrors = errors.get(r.employeeId);
        return (
          <div>
            <Typography.Text strong>{en?.employee?.name ?? '—'}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {[en?.employee?.employeeNo, en?.employee?.position?.name, en?.employee?.project?.code].filter(Boolean).join(' · ')}
            </Typography.Text>
            {rowErrors ? (
              <div data-testid="row-error">
                <Typography.Text type="danger">{rowErrors.map((p) => trainingProblemText(t, p)).join('；')}</Typography.Text>
              </div>
            ) : null}
          </div>
        );
      },
    },
    {
      key: 'attendance',
      title: t('training.session.sheet'),
      width: 300,
      render: (_, r, i) => (
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          disabled={!editable}
          value={r.attendance}
          onChange={(e) => dispatch({ type: 'attendance', index: i, value: e.target.value as Attendance })}
          options={ATTENDANCE_VALUES.map((a) => ({ value: a, label: t(`training.attendance.${a}`) }))}
          data-testid="row-attendance"
        />
      ),
    },
    {
      key: 'score',
      title: t('training.session.score'),
      width: 100,
      render: (_, r, i) => (
        <Input
          size="small"
          value={r.score}
          disabled={!editable || r.attendance === 'ABSENT' || r.attendance === 'EXCUSED'}
          inputMode="numeric"
          onFocus={() => dispatch({ type: 'focus', index: i })}
          onChange={(e) => dispatch({ type: 'score', index: i, value: e.target.value })}
          style={{ width: 70 }}
          data-testid="row-score"
          aria-label={t('training.session.score')}
        />
      ),
    },
    {
      key: 'result',
      title: t('training.session.result'),
      width: 90,
      render: (_, r) => {
        const en = byId.get(r.employeeId);
        if (en?.passed == null) return '—';
        return <Tag color={en.passed ? 'green' : 'red'}>{en.passed ? t('training.common.passed') : t('training.common.failed')}</Tag>;
      },
    },
    ...(mayManage
      ? [
          {
            key: 'actions',
            width: 90,
            render: (_: unknown, r: SheetRow) =>
              byId.get(r.employeeId)?.attendance ? null : (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    void unenrol({ variables: { sessionId: session.id, employeeId: r.employeeId } }).catch((e: unknown) => reportError(e))
                  }
                >
                  {t('training.session.unenrol')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('training.session.sheet')}
          {state.dirty ? <Tag color="orange">{t('training.session.unsaved')}</Tag> : null}
        </Space>
      }
      extra={
        editable ? (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={recording.loading}
            disabled={!state.rows.length}
            onClick={() => void save()}
            data-testid="save-sheet"
          >
            {t('training.session.save')}
          </Button>
        ) : null
      }
    >
      {!started && mayRecord ? (
        <Alert type="info" showIcon title={t('training.session.notStarted')} style={{ marginBottom: 12 }} data-testid="sheet-not-started" />
      ) : null}
      {mayRecord ? null : <Alert type="info" showIcon title={t('training.session.readOnly')} style={{ marginBottom: 12 }} />}
      {editable ? (
        <Typography.Paragraph type="secondary" data-testid="keyboard-hint">
          {t('training.session.keyboardHint')}
        </Typography.Paragraph>
      ) : null}
      <div tabIndex={0} onKeyDown={onKeyDown} data-testid="attendance-sheet" data-active={state.active} style={{ outline: 'none' }}>
        <Table<SheetRow>
          rowKey="employeeId"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={state.rows}
          locale={{
            emptyText: (
              <EmptyState
                title={t('training.session.noEnrolments')}
                hint={mayManage ? t('training.session.noEnrolmentsHint') : undefined}
              />
            ),
          }}
          onRow={(r, i) =>
            ({
              'data-testid': 'sheet-row',
              'data-employee': r.employeeId,
              'data-attendance': r.attendance ?? '',
              'data-error': errors.has(r.employeeId) ? 'true' : undefined,
              onClick: () => dispatch({ type: 'focus', index: i ?? 0 }),
              style: {
                background: errors.has(r.employeeId) ? '#fff1f0' : i === state.active && editable ? '#e6f4ff' : undefined,
                cursor: editable ? 'pointer' : undefined,
              },
            }) as never
          }
        />
      </div>
    </Card>
  );
}

export default function TrainingSessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useMe();
  const mayManage = useCan('training.manage');
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const { data, loading, error, refetch } = useQuery(SessionQuery, { variables: { id } });
  const [cancel, cancelling] = useMutation(CancelSessionMutation);
  const [editing, setEditing] = useState(false);
  const s = data?.trainingSession;
  if (loading && !s) return <PageSkeleton />;
  if (error && !s) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!s) return null;
  const mayRecord = mayManage || s.trainer?.id === me.user.id;
  const tz = sessionZone(s.project);

  return (
    <div data-testid="training-session-page" data-status={s.status}>
      <PageHeader
        onBack={() => void navigate('/training/sessions')}
        title={s.courses.map((c) => c.title).join('、') || '—'}
        subTitle={`${s.localDate} ${sessionTimes(s, tz)} (${tz})`}
        tags={
          <>
            <Tag color={s.status === 'CANCELLED' ? 'default' : 'blue'}>{t(`training.sessionStatus.${s.status}`)}</Tag>
            {s.courses.some((c) => c.outdated) ? <OutdatedTag /> : null}
          </>
        }
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={pending !== null}
              onClick={() => void download(`/downloads/training-sessions/${s.id}/attendance.xlsx`, 'attendance.xlsx')}
              data-testid="export-sheet"
            >
              {t('training.session.export')}
            </Button>
            {mayManage && s.status !== 'CANCELLED' ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-session">
                {t('training.sessions.edit')}
              </Button>
            ) : null}
            {mayManage && s.status !== 'CANCELLED' ? (
              <Popconfirm
                title={t('training.sessions.cancelConfirm')}
                onConfirm={() =>
                  void cancel({ variables: { id: s.id } })
                    .then(() => message.success(t('training.sessions.cancelled')))
                    .catch((e: unknown) => reportError(e))
                }
              >
                <Button danger loading={cancelling.loading} data-testid="cancel-session">
                  {t('training.sessions.cancel')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      {editing ? <SessionModal session={s} onClose={() => setEditing(false)} /> : null}
      {s.status === 'CANCELLED' ? (
        <Alert type="warning" showIcon title={t('training.session.cancelledAlert')} style={{ marginBottom: 16 }} />
      ) : null}
      <Card size="small" title={t('training.session.info')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="session-info">
          <Descriptions.Item label={t('training.sessions.fields.courses')} span={3}>
            <Space size={4} wrap data-testid="session-courses">
              {s.courses.map((c) => (
                <Tag key={c.id} color={c.outdated ? 'orange' : 'blue'}>
                  {c.title}
                  {c.outdated ? ` · ${t('training.common.outdated')}` : ''}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('training.sessions.fields.trainer')}>{s.trainer?.displayName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('training.sessions.fields.startsAt')}>{formatDateTime(s.startsAt, tz, 'short')}</Descriptions.Item>
          <Descriptions.Item label={t('training.sessions.fields.place')}>{s.place}</Descriptions.Item>
          <Descriptions.Item label={t('training.sessions.fields.enrolled')}>
            <span data-testid="enrolled-count">{`${s.enrolledCount}/${s.capacity}`}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('training.sessions.fields.passMark')}>{s.passMark}</Descriptions.Item>
          <Descriptions.Item label={t('training.common.project')}>
            {s.project ? `${s.project.code} · ${s.project.name}` : t('training.scopes.TENANT')}
          </Descriptions.Item>
          {s.note ? <Descriptions.Item label={t('training.sessions.fields.note')}>{s.note}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      {mayManage && s.status !== 'CANCELLED' ? <EnrolPanel session={s} /> : null}
      <AttendanceSheet session={s} mayRecord={mayRecord} mayManage={mayManage && s.status !== 'CANCELLED'} />
    </div>
  );
}

export type { Enrolment };
