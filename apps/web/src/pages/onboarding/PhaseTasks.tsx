// One phase's tasks: status, assignee (a member of the owning department), checklist, and a
// drawer with the comments and photo attachments. Closing a task is its owning department's
// (the API's completion gate): DONE/SKIPPED are disabled for others with the reason, and DONE
// with open checklist items or an empty survey says which, at the status field.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OnboardingPhase, OnboardingTaskStatus } from '@pinzhi/domain';
import { ONBOARDING_TASK_STATUSES, UPLOAD_CONTENT_TYPES } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError } from '../../lib/errors';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { fileBlobUrl, uploadFile } from '../inspections/uploads';
import { CommentTaskMutation, OnboardingQuery, UpdateTaskMutation } from './onboarding.operations';
import type { OnboardingView } from './OnboardingPage';
import type { OnboardingQuery as OnboardingData } from '../../gql/graphql';

type Task = OnboardingView['tasks'][number];
type Problem = Task['completionBlockers'][number];
type Dept = OnboardingData['departments'][number];

export function deptName(d: { name: string; nameEn?: string | null } | null | undefined, lang: string): string {
  if (!d) return '—';
  return lang.startsWith('en') && d.nameEn ? d.nameEn : d.name;
}

export function PhaseTasks({
  phase,
  o,
  departments,
  myDepartmentIds,
}: {
  phase: OnboardingPhase;
  o: OnboardingView;
  departments: Dept[];
  myDepartmentIds: string[];
}) {
  const { t, i18n } = useTranslation();
  const mayManage = useCan('onboarding.manage');
  const onError = useMutationErrors();
  const [update] = useMutation(UpdateTaskMutation, { refetchQueries: [OnboardingQuery] });
  const [skipping, setSkipping] = useState<Task | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const [statusProblems, setStatusProblems] = useState<Record<string, Problem[]>>({});
  const { update: updateQuery } = useQueryState();
  const tasks = o.tasks.filter((x) => x.phase === phase);
  const active = o.status === 'ACTIVE';
  const mayAct = (x: Task) =>
    active && (mayManage || myDepartmentIds.includes(x.owner!.id) || x.collaborators.some((c) => myDepartmentIds.includes(c.id)));
  const mayAssign = (x: Task) => active && (mayManage || myDepartmentIds.includes(x.owner!.id));
  const save = (x: Task, input: Record<string, unknown>) =>
    update({ variables: { id: x.id, input, expectedVersion: x.version } }).catch((e) => onError(e));
  const showProblems = (x: Task, problems: Problem[]) => setStatusProblems((p) => ({ ...p, [x.id]: problems }));
  /** DONE is checked here first (the same rule as the API), then by the API, whose refusal lands at the field too. */
  const setStatus = async (x: Task, status: OnboardingTaskStatus) => {
    showProblems(x, []);
    const open = status === 'DONE' ? x.completionBlockers.filter((b) => b.reason !== 'NOT_OWNER_DEPARTMENT') : [];
    if (open.length) return showProblems(x, open);
    try {
      await update({ variables: { id: x.id, input: { status }, expectedVersion: x.version } });
    } catch (e) {
      const err = toApiError(e);
      const atStatus = err.fields.filter(
        (f) => f.field === 'status' && (f.reason === 'CHECKLIST_OPEN' || f.reason === 'SURVEY_INCOMPLETE'),
      );
      if (atStatus.length)
        showProblems(
          x,
          atStatus.map((f) => ({
            reason: f.reason,
            items: (f.params?.['items'] as string[] | undefined) ?? [],
            fields: (f.params?.['fields'] as string[] | undefined) ?? [],
            departmentId: null,
          })),
        );
      else if (err.code === 'FORBIDDEN')
        showProblems(x, [{ reason: 'NOT_OWNER_DEPARTMENT', items: [], fields: [], departmentId: x.owner!.id }]);
      else onError(e);
    }
  };
  const problemText = (x: Task, b: Problem) =>
    b.reason === 'CHECKLIST_OPEN'
      ? t('onboarding.blockers.CHECKLIST_OPEN', { count: b.items.length, items: b.items.join(t('common.listSeparator')) })
      : b.reason === 'SURVEY_INCOMPLETE'
        ? t('onboarding.blockers.SURVEY_INCOMPLETE', {
            fields: b.fields.map((f) => t(`onboarding.surveyFields.${f as 'areas'}`)).join(t('common.listSeparator')),
          })
        : t('onboarding.blockers.NOT_OWNER_DEPARTMENT', { department: deptName(x.owner, i18n.language) });
  const columns: TableColumnsType<Task> = [
    {
      key: 'title',
      title: t('onboarding.common.task'),
      render: (_, x) => (
        <Space size={4} wrap>
          <Typography.Text>{x.title}</Typography.Text>
          {x.required ? <Tag color="gold">{t('onboarding.common.required')}</Tag> : null}
          {x.late ? <Tag color="red">{t('onboarding.common.late')}</Tag> : null}
          {x.skipReason ? <Typography.Text type="secondary">（{x.skipReason}）</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'departments',
      title: `${t('onboarding.common.owner')} / ${t('onboarding.common.collaborators')}`,
      width: 230,
      render: (_, x) => (
        <Space size={4} wrap>
          <Tag color="blue">{deptName(x.owner, i18n.language)}</Tag>
          {x.collaborators.map((c) => (
            <Tag key={c.id}>{deptName(c, i18n.language)}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'due', title: t('onboarding.common.due'), width: 110, dataIndex: 'dueDate' },
    {
      key: 'assignee',
      title: t('onboarding.common.assignee'),
      width: 150,
      render: (_, x) =>
        mayAssign(x) ? (
          <Select
            size="small"
            allowClear
            style={{ width: 140 }}
            placeholder={t('onboarding.common.unassigned')}
            value={x.assignee?.id}
            onChange={(v?: string) => void save(x, v ? { assigneeUserId: v } : { unassign: true })}
            options={(departments.find((d) => d.id === x.owner!.id)?.members ?? []).map((m) => ({ value: m.id, label: m.displayName }))}
            data-testid="task-assignee"
          />
        ) : (
          (x.assignee?.displayName ?? t('onboarding.common.unassigned'))
        ),
    },
    {
      key: 'status',
      title: t('onboarding.common.status'),
      width: 150,
      render: (_, x) => {
        if (!mayAct(x)) return <Tag>{t(`onboarding.taskStatus.${x.status as OnboardingTaskStatus}`)}</Tag>;
        const notOwner = x.completionBlockers.some((b) => b.reason === 'NOT_OWNER_DEPARTMENT');
        const problems = statusProblems[x.id] ?? [];
        return (
          <div>
            <Select<OnboardingTaskStatus>
              size="small"
              style={{ width: 120 }}
              value={x.status as OnboardingTaskStatus}
              status={problems.length ? 'error' : undefined}
              onChange={(v) => (v === 'SKIPPED' ? setSkipping(x) : void setStatus(x, v))}
              popupMatchSelectWidth={false}
              options={ONBOARDING_TASK_STATUSES.filter((s) => s !== 'SKIPPED' || !x.required).map((s) => {
                const closing = (s === 'DONE' || s === 'SKIPPED') && notOwner;
                return {
                  value: s,
                  disabled: closing,
                  title: closing
                    ? problemText(x, { reason: 'NOT_OWNER_DEPARTMENT', items: [], fields: [], departmentId: null })
                    : undefined,
                  label: t(`onboarding.taskStatus.${s}`),
                };
              })}
              optionRender={(option) => (
                <span data-testid={`status-option-${String(option.value)}`} data-disabled={option.data.disabled ? 'true' : undefined}>
                  {option.label}
                  {option.data.disabled ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      （{t('onboarding.task.onlyOwner', { department: deptName(x.owner, i18n.language) })}）
                    </Typography.Text>
                  ) : null}
                </span>
              )}
              data-testid="task-status"
            />
            {problems.length ? (
              <div role="alert" data-testid="task-status-problem" style={{ marginTop: 4, maxWidth: 260 }}>
                {problems.map((b) => (
                  <div key={b.reason}>
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {problemText(x, b)}
                    </Typography.Text>{' '}
                    {b.reason === 'CHECKLIST_OPEN' ? (
                      <Button size="small" type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setDetail(x.id)}>
                        {t('onboarding.task.openDetail')}
                      </Button>
                    ) : b.reason === 'SURVEY_INCOMPLETE' ? (
                      <Button
                        size="small"
                        type="link"
                        style={{ padding: 0, height: 'auto' }}
                        onClick={() => updateQuery({ tab: 'survey' })}
                      >
                        {t('onboarding.task.fillSurvey')}
                      </Button>
                    ) : null}
                  </div>
                ))}
              </div>
            ) : null}
          </div>
        );
      },
    },
    {
      key: 'more',
      width: 100,
      render: (_, x) => (
        <Button size="small" type="link" onClick={() => setDetail(x.id)} data-testid="task-detail">
          {x.checklist.length
            ? t('onboarding.task.checklistProgress', { done: x.checklist.filter((c) => c.done).length, total: x.checklist.length }) + ' · '
            : ''}
          {t('onboarding.task.detail')}
        </Button>
      ),
    },
  ];
  const current = o.tasks.find((x) => x.id === detail) ?? null;
  return (
    <Card size="small" title={t(`onboarding.phases.${phase}`)} data-testid={`phase-${phase}`}>
      <Table<Task>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={tasks}
        pagination={false}
        onRow={(x) => ({ 'data-testid': 'task-row', 'data-title': x.title, 'data-status': x.status }) as never}
      />
      <SkipModal
        task={skipping}
        onClose={() => setSkipping(null)}
        onSave={(x, reason) => save(x, { status: 'SKIPPED', skipReason: reason })}
      />
      <TaskDrawer
        task={current}
        editable={current ? mayAct(current) : false}
        onClose={() => setDetail(null)}
        onChecklist={(x, done) => void save(x, { checklistDone: done })}
      />
    </Card>
  );
}

function SkipModal({
  task,
  onClose,
  onSave,
}: {
  task: Task | null;
  onClose: () => void;
  onSave: (x: Task, reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ skipReason: string }>();
  return (
    <Modal
      open={!!task}
      title={t('onboarding.task.skipTitle')}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(async (v) => {
          await onSave(task!, v.skipReason);
          form.resetFields();
          onClose();
        })
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="skipReason" label={t('onboarding.task.skipReason')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TaskDrawer({
  task,
  editable,
  onClose,
  onChecklist,
}: {
  task: Task | null;
  editable: boolean;
  onClose: () => void;
  onChecklist: (x: Task, done: boolean[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useMutationErrors();
  const [comment, commenting] = useMutation(CommentTaskMutation, { refetchQueries: [OnboardingQuery] });
  const [text, setText] = useState('');
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>([]);
  const [uploading, setUploading] = useState(false);
  return (
    <Drawer open={!!task} onClose={onClose} size={520} title={task?.title} data-testid="task-drawer">
      {task ? (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          {task.checklist.length ? (
            <div>
              <Typography.Title level={5}>{t('onboarding.common.checklist')}</Typography.Title>
              {task.checklist.map((c, i) => (
                <div key={i} data-testid="checklist-row" data-done={String(c.done)}>
                  <Checkbox
                    checked={c.done}
                    disabled={!editable}
                    data-testid="checklist-item"
                    onChange={(e) =>
                      onChecklist(
                        task,
                        task.checklist.map((x, j) => (j === i ? e.target.checked : x.done)),
                      )
                    }
                  >
                    {c.text}
                  </Checkbox>
                </div>
              ))}
            </div>
          ) : null}
          <div>
            <Typography.Title level={5}>{t('onboarding.task.comments')}</Typography.Title>
            <List
              size="small"
              locale={{ emptyText: t('onboarding.task.noComments') }}
              dataSource={task.events.filter((e) => e.kind === 'COMMENT')}
              renderItem={(e) => (
                <List.Item data-testid="task-comment">
                  <Space orientation="vertical" size={2}>
                    <span>{e.text}</span>
                    {e.fileIds.map((f) => (
                      <Button
                        key={f}
                        type="link"
                        size="small"
                        icon={<PaperClipOutlined />}
                        onClick={() =>
                          void fileBlobUrl(`/files/${f}`).then(
                            (url) => window.open(url, '_blank'),
                            () => void message.error(t('states.notFound')),
                          )
                        }
                      >
                        {f.slice(0, 8)}
                      </Button>
                    ))}
                  </Space>
                </List.Item>
              )}
            />
          </div>
          {editable ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Input.TextArea
                rows={3}
                maxLength={2000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t('onboarding.task.comment')}
                data-testid="comment-text"
              />
              <Space wrap>
                <Upload
                  accept={UPLOAD_CONTENT_TYPES.join(',')}
                  showUploadList={false}
                  customRequest={({ file }) => {
                    setUploading(true);
                    uploadFile(file as Blob, undefined, UPLOAD_CONTENT_TYPES)
                      .then((u) => setFiles((fs) => [...fs, { id: u.id, name: (file as File).name }]))
                      .catch((e: Error) => void message.error(e.message))
                      .finally(() => setUploading(false));
                  }}
                >
                  <Button icon={<PaperClipOutlined />} loading={uploading}>
                    {uploading ? t('onboarding.task.uploading') : t('onboarding.task.attach')}
                  </Button>
                </Upload>
                {files.map((f) => (
                  <Tag key={f.id} closable onClose={() => setFiles((fs) => fs.filter((x) => x.id !== f.id))}>
                    {f.name}
                  </Tag>
                ))}
                <Button
                  type="primary"
                  disabled={!text.trim()}
                  loading={commenting.loading}
                  data-testid="comment-send"
                  onClick={() =>
                    comment({ variables: { id: task.id, text, fileIds: files.map((f) => f.id) } })
                      .then(() => {
                        setText('');
                        setFiles([]);
                      })
                      .catch((e) => onError(e))
                  }
                >
                  {t('onboarding.task.send')}
                </Button>
              </Space>
            </Space>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
