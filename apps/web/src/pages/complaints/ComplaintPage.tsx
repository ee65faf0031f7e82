// One major complaint: description and evidence, the state steps (each shown, disabled with the
// reason when the caller may not take it — e.g. the resolver cannot verify), convened discussions,
// actions with owners and deadlines, and the full history of state changes.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { COMPLAINT_DEPARTMENTS, COMPLAINT_RULES, COMPLAINT_STEPS, type ComplaintDepartment, type ComplaintStep } from '@pinzhi/domain';
import type { Role } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs, formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { AuthImage, EvidencePhotos } from '../inspections/EvidencePhotos';
import type { EvidenceRef } from '../inspections/inspection-form';
import { ComplaintStateTag, OverdueTag } from './parts';
import {
  AddComplaintActionMutation,
  AddComplaintEvidenceMutation,
  ComplaintPeopleQuery,
  ComplaintQuery,
  RecordComplaintDiscussionMutation,
  ReopenComplaintMutation,
  ResolveComplaintMutation,
  SetComplaintActionDoneMutation,
  StartComplaintMutation,
  VerifyComplaintMutation,
} from './complaints.operations';
import type { ComplaintQuery as ComplaintData } from '../../gql/graphql';

type Case = NonNullable<ComplaintData['complaint']>;

const STEP_TYPES: Record<ComplaintStep, 'primary' | 'default'> = {
  START: 'primary',
  RESOLVE: 'primary',
  VERIFY: 'primary',
  REOPEN: 'default',
};

function StepModal({ c, step, onClose }: { c: Case; step: ComplaintStep | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [start, s1] = useMutation(StartComplaintMutation);
  const [resolve, s2] = useMutation(ResolveComplaintMutation);
  const [verify, s3] = useMutation(VerifyComplaintMutation);
  const [reopen, s4] = useMutation(ReopenComplaintMutation);
  const busy = s1.loading || s2.loading || s3.loading || s4.loading;
  const required = step !== 'START';
  const submit = async () => {
    if (!step) return;
    const value = text.trim();
    if (required && !value) {
      setFieldError(t('validation.REQUIRED'));
      return;
    }
    try {
      if (step === 'START') await start({ variables: { id: c.id, note: value || null } });
      if (step === 'RESOLVE') await resolve({ variables: { id: c.id, note: value } });
      if (step === 'VERIFY') await verify({ variables: { id: c.id, note: value } });
      if (step === 'REOPEN') await reopen({ variables: { id: c.id, reason: value } });
      void message.success(t(`complaints.stepDone.${step}`));
      setText('');
      onClose();
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <Modal
      open={!!step}
      title={step ? t(`complaints.steps.${step}`) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={step ? t(`complaints.steps.${step}`) : ''}
      confirmLoading={busy}
      destroyOnHidden
      data-testid="complaint-step-modal"
    >
      {step ? (
        <>
          <Typography.Text>{t(`complaints.stepNote.${step}`)}</Typography.Text>
          <Input.TextArea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFieldError(null);
            }}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={COMPLAINT_RULES.note.max}
            placeholder={t(`complaints.stepNotePlaceholder.${step}`)}
            status={fieldError ? 'error' : undefined}
            aria-label={t(`complaints.stepNote.${step}`)}
            data-testid="complaint-step-note"
          />
          {fieldError ? (
            <Typography.Text type="danger" role="alert">
              {fieldError}
            </Typography.Text>
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}

function DiscussionModal({ c, open, onClose }: { c: Case; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm();
  const [record, recording] = useMutation(RecordComplaintDiscussionMutation, { refetchQueries: ['Complaint'] });
  const required = { required: true, message: t('validation.REQUIRED') };
  return (
    <Modal
      open={open}
      title={t('complaints.discussion.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={recording.loading}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ heldOn: dayjs(), departments: ['QUALITY_CENTER'] }}
        onFinish={async (v: { heldOn: dayjs.Dayjs; departments: ComplaintDepartment[]; minutes: string; decisions?: string }) => {
          try {
            await record({
              variables: {
                id: c.id,
                input: {
                  heldOn: v.heldOn.format('YYYY-MM-DD'),
                  departments: v.departments,
                  minutes: v.minutes.trim(),
                  decisions: v.decisions?.trim() || null,
                },
              },
            });
            void message.success(t('complaints.discussion.saved'));
            onClose();
          } catch (e) {
            reportError(e, { form, fields: ['heldOn', 'departments', 'minutes', 'decisions'] });
          }
        }}
      >
        <Form.Item name="heldOn" label={t('complaints.discussion.heldOn')} rules={[required]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="departments"
          label={t('complaints.discussion.departments')}
          extra={t('complaints.discussion.departmentsNote')}
          rules={[{ ...required, type: 'array', min: 1 }]}
        >
          <Select mode="multiple" options={COMPLAINT_DEPARTMENTS.map((d) => ({ value: d, label: t(`complaints.departments.${d}`) }))} />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t('complaints.discussion.minutes')}
          rules={[
            { ...required, whitespace: true },
            { max: COMPLAINT_RULES.minutes.max, message: t('validation.TOO_LONG', { max: COMPLAINT_RULES.minutes.max }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item
          name="decisions"
          label={t('complaints.discussion.decisions')}
          rules={[{ max: COMPLAINT_RULES.decisions.max, message: t('validation.TOO_LONG', { max: COMPLAINT_RULES.decisions.max }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ActionModal({ c, open, onClose }: { c: Case; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm();
  const people = useQuery(ComplaintPeopleQuery, { skip: !open });
  const [add, adding] = useMutation(AddComplaintActionMutation, { refetchQueries: ['Complaint'] });
  const required = { required: true, message: t('validation.REQUIRED') };
  return (
    <Modal
      open={open}
      title={t('complaints.actions.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={adding.loading}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ deadline: dayjs().add(3, 'day') }}
        onFinish={async (v: { description: string; ownerUserId: string; deadline: dayjs.Dayjs }) => {
          try {
            await add({
              variables: {
                id: c.id,
                input: { description: v.description.trim(), ownerUserId: v.ownerUserId, deadline: v.deadline.format('YYYY-MM-DD') },
              },
            });
            void message.success(t('complaints.actions.saved'));
            onClose();
          } catch (e) {
            reportError(e, { form, fields: ['description', 'ownerUserId', 'deadline'] });
          }
        }}
      >
        <Form.Item
          name="description"
          label={t('complaints.actions.description')}
          rules={[
            { ...required, whitespace: true },
            {
              max: COMPLAINT_RULES.actionDescription.max,
              message: t('validation.TOO_LONG', { max: COMPLAINT_RULES.actionDescription.max }),
            },
          ]}
        >
          <Input data-testid="action-description" />
        </Form.Item>
        <Form.Item name="ownerUserId" label={t('complaints.actions.owner')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.loading}
            options={(people.data?.inspectionAssignees ?? [])
              .filter((a) => a.user)
              .map((a) => ({ value: a.user!.id, label: `${a.user!.displayName}（${t(`roles.${a.role as Role}`)}）` }))}
            data-testid="action-owner"
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('complaints.actions.deadline')} rules={[required]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function ComplaintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const mayRun = useCan('complaints.run');
  const [step, setStep] = useState<ComplaintStep | null>(null);
  const [discussing, setDiscussing] = useState(false);
  const [acting, setActing] = useState(false);
  const [photos, setPhotos] = useState<EvidenceRef[]>([]);
  const { data, loading, error, refetch } = useQuery(ComplaintQuery, { variables: { id } });
  const [setDone] = useMutation(SetComplaintActionDoneMutation, { refetchQueries: ['Complaint'] });
  const [addEvidence, addingEvidence] = useMutation(AddComplaintEvidenceMutation);
  const c = data?.complaint;
  if (loading && !c) return <PageSkeleton />;
  if (error && !c) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!c) return null;
  const tz = c.project.timeZone;
  const open = c.state !== 'VERIFIED';
  const perm = new Map(c.stepPermissions.map((p) => [p.step, p]));

  return (
    <div data-testid="complaint-page" data-state={c.state}>
      <PageHeader
        title={c.title}
        onBack={() => navigate('/complaints')}
        tags={
          <Space>
            <ComplaintStateTag state={c.state} />
            <OverdueTag overdue={c.overdue} level={c.escalationLevel} />
            <Tag>{t(`complaints.categories.${c.category}`)}</Tag>
            <Tag color={c.severity === 'CRITICAL' ? 'red' : 'orange'}>{t(`complaints.severities.${c.severity}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap data-testid="complaint-steps">
            {COMPLAINT_STEPS.map((s) => {
              const p = perm.get(s);
              // Steps that cannot apply in this state at all are not offered; the rest show why they are disabled.
              if (!p || p.blocker === 'STATE') return null;
              const button = (
                <Button
                  key={s}
                  type={STEP_TYPES[s]}
                  danger={s === 'REOPEN'}
                  disabled={!p.allowed}
                  onClick={() => setStep(s)}
                  data-testid={`complaint-step-${s}`}
                  data-blocker={p.blocker ?? ''}
                >
                  {t(`complaints.steps.${s}`)}
                </Button>
              );
              return p.allowed ? (
                button
              ) : (
                <Tooltip key={s} title={t(`complaints.blockers.${p.blocker!}`)}>
                  <span data-testid={`complaint-step-${s}-reason`} data-reason={p.blocker}>
                    {button}
                  </span>
                </Tooltip>
              );
            })}
          </Space>
        }
      />
      {c.stepPermissions.some((p) => p.blocker && p.blocker !== 'STATE' && p.blocker !== 'ROLE') ? (
        <Typography.Paragraph type="secondary" data-testid="complaint-step-reasons">
          {c.stepPermissions
            .filter((p) => p.blocker && p.blocker !== 'STATE' && p.blocker !== 'ROLE')
            .map((p) => `${t(`complaints.steps.${p.step}`)}：${t(`complaints.blockers.${p.blocker!}`)}`)
            .join('；')}
        </Typography.Paragraph>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card variant="borderless" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }} data-testid="complaint-description">
              {c.description}
            </Typography.Paragraph>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('complaints.fields.project')}>
                <Link to={`/projects/${c.project.id}`}>{`${c.project.code} · ${c.project.name}`}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('complaints.fields.region')}>{c.region?.name ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.fields.source')}>{t(`complaints.sources.${c.source}`)}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.fields.createdBy')}>{c.createdBy?.displayName ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.fields.openedAt')}>{formatDateTime(c.openedAt, tz, 'short')}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.fields.dueAt')}>{formatDateTime(c.dueAt, tz, 'short')}</Descriptions.Item>
              {c.inspectionId ? (
                <Descriptions.Item label={t('complaints.fields.raisedFrom')}>
                  <Link to={`/inspections/${c.inspectionId}`}>
                    {c.feedbackId ? t('complaints.fromFeedback') : t('complaints.fromFinding')}
                  </Link>
                </Descriptions.Item>
              ) : null}
              {c.resolvedBy ? (
                <Descriptions.Item label={t('complaints.fields.resolvedBy')}>
                  <span data-testid="complaint-resolved-by">{c.resolvedBy.displayName}</span>
                </Descriptions.Item>
              ) : null}
              {c.resolutionNote && c.resolvedBy ? (
                <Descriptions.Item label={t('complaints.fields.resolutionNote')} span={2}>
                  {c.resolutionNote}
                </Descriptions.Item>
              ) : null}
              {c.verifiedBy ? (
                <Descriptions.Item label={t('complaints.fields.verifiedBy')}>
                  <span data-testid="complaint-verified-by">{c.verifiedBy.displayName}</span>
                </Descriptions.Item>
              ) : null}
              {c.verificationNote ? (
                <Descriptions.Item label={t('complaints.fields.verificationNote')} span={2}>
                  {c.verificationNote}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card variant="borderless" title={t('complaints.fields.evidence')} style={{ marginBottom: 16 }} data-testid="complaint-evidence">
            {c.evidenceFileIds.length ? (
              <Space wrap>
                {c.evidenceFileIds.map((fid) => (
                  <AuthImage key={fid} url={`/files/${fid}`} testId="complaint-photo" />
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('complaints.noEvidence')}</Typography.Text>
            )}
            {mayRun && open ? (
              <div style={{ marginTop: 12 }}>
                <EvidencePhotos
                  value={photos}
                  onChange={setPhotos}
                  max={Math.max(0, COMPLAINT_RULES.evidence.max - c.evidenceFileIds.length)}
                  testId="complaint-add-photos"
                />
                {photos.length ? (
                  <Button
                    style={{ marginTop: 8 }}
                    loading={addingEvidence.loading}
                    onClick={async () => {
                      try {
                        await addEvidence({ variables: { id: c.id, evidenceIds: photos.map((p) => p.id) } });
                        setPhotos([]);
                        void message.success(t('complaints.evidenceSaved'));
                      } catch (e) {
                        reportError(e);
                      }
                    }}
                  >
                    {t('complaints.addEvidence')}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </Card>
          <Card
            variant="borderless"
            title={t('complaints.discussion.title')}
            style={{ marginBottom: 16 }}
            extra={
              mayRun && open ? (
                <Button icon={<PlusOutlined />} onClick={() => setDiscussing(true)} data-testid="discussion-add">
                  {t('complaints.discussion.add')}
                </Button>
              ) : null
            }
          >
            {c.discussions.length ? (
              <List
                dataSource={c.discussions}
                renderItem={(d) => (
                  <List.Item data-testid="complaint-discussion">
                    <div style={{ width: '100%' }}>
                      <Space wrap style={{ marginBottom: 4 }}>
                        <Typography.Text strong>{formatDate(d.heldOn)}</Typography.Text>
                        {d.departments.map((dep) => (
                          <Tag key={dep}>{t(`complaints.departments.${dep}`)}</Tag>
                        ))}
                      </Space>
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{d.minutes}</Typography.Paragraph>
                      {d.decisions ? (
                        <Typography.Paragraph
                          style={{ whiteSpace: 'pre-wrap' }}
                          type="secondary"
                        >{`${t('complaints.discussion.decisions')}：${d.decisions}`}</Typography.Paragraph>
                      ) : null}
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.discussion.empty')} />
            )}
          </Card>
          <Card
            variant="borderless"
            title={t('complaints.actions.title')}
            extra={
              mayRun && open ? (
                <Button icon={<PlusOutlined />} onClick={() => setActing(true)} data-testid="action-add">
                  {t('complaints.actions.add')}
                </Button>
              ) : null
            }
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={c.actions}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.actions.empty')} /> }}
              onRow={(a) => ({ 'data-testid': 'complaint-action', 'data-done': a.done ? 'yes' : 'no' }) as never}
              columns={[
                {
                  key: 'done',
                  width: 60,
                  title: t('complaints.actions.done'),
                  render: (_, a) => (
                    <Checkbox
                      checked={a.done}
                      disabled={!(c.state === 'OPEN' || c.state === 'IN_PROGRESS' || c.state === 'REOPENED')}
                      aria-label={a.done ? t('complaints.actions.markUndone') : t('complaints.actions.markDone')}
                      data-testid="action-done"
                      onChange={async (e) => {
                        try {
                          await setDone({ variables: { id: a.id, done: e.target.checked, expectedVersion: a.version } });
                        } catch (err) {
                          reportError(err, { onReload: () => void refetch() });
                        }
                      }}
                    />
                  ),
                },
                { key: 'description', title: t('complaints.actions.description'), render: (_, a) => a.description },
                {
                  key: 'owner',
                  title: t('complaints.actions.owner'),
                  width: 140,
                  render: (_, a) => a.owner?.displayName ?? t('common.none'),
                },
                { key: 'deadline', title: t('complaints.actions.deadline'), width: 120, render: (_, a) => formatDate(a.deadline) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card variant="borderless" title={t('complaints.history.title')} data-testid="complaint-history">
            <Timeline
              items={c.history.map((h) => ({
                color: h.toState === 'VERIFIED' ? 'green' : h.toState === 'REOPENED' ? 'red' : 'blue',
                children: (
                  <div data-testid="complaint-event" data-to={h.toState}>
                    <Typography.Text strong>{t(`complaints.history.${h.action}`)}</Typography.Text>
                    <Typography.Text type="secondary">{` · ${h.user?.displayName ?? ''} · ${formatDateTime(h.at, tz, 'short')}`}</Typography.Text>
                    {h.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div> : null}
                  </div>
                ),
              }))}
            />
          </Card>
          <RecordHistory entity="Complaint" id={c.id} />
        </Col>
      </Row>
      <StepModal c={c} step={step} onClose={() => setStep(null)} />
      {mayRun ? <DiscussionModal c={c} open={discussing} onClose={() => setDiscussing(false)} /> : null}
      {mayRun ? <ActionModal c={c} open={acting} onClose={() => setActing(false)} /> : null}
    </div>
  );
}
