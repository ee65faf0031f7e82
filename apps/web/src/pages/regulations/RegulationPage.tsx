// One QC regulation: the current version with "I have read version N", the draft editor (sections,
// save, publish with a change summary, discard), a diff between any two versions (or the draft),
// acknowledgement status for the Quality Center, and the head's details.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { REGULATION_RULES, type RegulationScope, type PropertyFormat, type Role } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs, formatDate, formatDateTime } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import {
  AcknowledgeRegulationMutation,
  DiscardRegulationDraftMutation,
  PublishRegulationMutation,
  RegulationAcknowledgementsQuery,
  RegulationDiffQuery,
  RegulationQuery,
  SaveRegulationDraftMutation,
  StartRegulationDraftMutation,
  UpdateRegulationMutation,
} from './regulations.operations';
import { HEAD_FIELDS, RegulationHeadFields, headInput } from './RegulationsPage';
import type { RegulationQuery as RegulationData } from '../../gql/graphql';

type Reg = NonNullable<RegulationData['regulation']>;
type Version = NonNullable<Reg['latest']>;

function Sections({ version }: { version: Version }) {
  const { t } = useTranslation();
  if (!version.sections.length) return <Empty description={t('regulations.noSections')} />;
  return (
    <div data-testid="regulation-sections">
      {version.sections.map((s, i) => (
        <div key={s.key} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{`${i + 1}. ${s.title}`}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.body}</Typography.Paragraph>
        </div>
      ))}
    </div>
  );
}

function CurrentTab({ reg }: { reg: Reg }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [ack, acking] = useMutation(AcknowledgeRegulationMutation, { refetchQueries: ['Regulations', 'RegulationAcknowledgements'] });
  if (!reg.latest) return <EmptyState title={t('regulations.neverPublished')} />;
  const v = reg.latest;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        {t('regulations.versionN', { n: v.number })} ·{' '}
        {t('regulations.publishedBy', { name: v.publishedBy?.displayName ?? '—', at: formatDateTime(v.publishedAt, null, 'short') })}
        {v.changeSummary ? ` · ${v.changeSummary}` : ''}
      </Typography.Paragraph>
      {reg.appliesToMe ? (
        reg.acknowledgedByMeAt ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('regulations.acknowledgedAt', { at: formatDateTime(reg.acknowledgedByMeAt, null, 'short') })}
            data-testid="regulation-acknowledged"
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('regulations.unreadTitle', { count: 1 })}
            action={
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={acking.loading}
                data-testid="regulation-acknowledge"
                onClick={async () => {
                  try {
                    await ack({ variables: { id: reg.id, versionNumber: v.number! } });
                    void message.success(t('regulations.acknowledged'));
                  } catch (e) {
                    reportError(e);
                  }
                }}
              >
                {t('regulations.acknowledge', { n: v.number })}
              </Button>
            }
          />
        )
      ) : (
        <Typography.Paragraph type="secondary">{t('regulations.notApplicable')}</Typography.Paragraph>
      )}
      <Sections version={v} />
    </div>
  );
}

interface DraftValues {
  sections: Array<{ key?: string | null; title: string; body: string }>;
}

function DraftTab({ reg, onChanged }: { reg: Reg; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<DraftValues>();
  const [publishing, setPublishing] = useState(false);
  const [summary, setSummary] = useState('');
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const [start, starting] = useMutation(StartRegulationDraftMutation);
  const [save, saving] = useMutation(SaveRegulationDraftMutation);
  const [publish, publishingM] = useMutation(PublishRegulationMutation, { refetchQueries: ['Regulations', 'RegulationAcknowledgements'] });
  const [discard] = useMutation(DiscardRegulationDraftMutation);
  const draft = reg.draft;
  useEffect(() => {
    if (draft) form.setFieldsValue({ sections: draft.sections.map((s) => ({ key: s.key, title: s.title, body: s.body })) });
  }, [draft, form]);

  if (!draft)
    return (
      <EmptyState
        title={t('regulations.noDraft')}
        action={
          <Button
            type="primary"
            icon={<EditOutlined />}
            loading={starting.loading}
            data-testid="regulation-start-draft"
            onClick={async () => {
              try {
                await start({ variables: { id: reg.id } });
                onChanged();
              } catch (e) {
                reportError(e);
              }
            }}
          >
            {t('regulations.startDraft')}
          </Button>
        }
      />
    );

  const doSave = async (): Promise<number | null> => {
    try {
      const values = await form.validateFields();
      const r = await save({
        variables: {
          id: reg.id,
          expectedVersion: draft.version,
          input: { sections: (values.sections ?? []).map((s) => ({ key: s.key ?? null, title: s.title.trim(), body: s.body.trim() })) },
        },
      });
      onChanged();
      return r.data!.saveRegulationDraft.version;
    } catch (e) {
      if ((e as { errorFields?: unknown }).errorFields) return null;
      reportError(e, { form, fields: ['sections'], onReload: onChanged });
      return null;
    }
  };

  const doPublish = async () => {
    if (!summary.trim()) {
      setSummaryError(t('validation.REQUIRED'));
      return;
    }
    const version = await doSave();
    if (version == null) return;
    try {
      const r = await publish({ variables: { id: reg.id, changeSummary: summary.trim(), expectedVersion: version } });
      void message.success(t('regulations.published', { n: r.data!.publishRegulation.number }));
      setPublishing(false);
      setSummary('');
      onChanged();
    } catch (e) {
      reportError(e, { onReload: onChanged });
    }
  };

  return (
    <div data-testid="regulation-draft">
      <Form form={form} layout="vertical">
        <Form.List name="sections">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={`${i + 1}`}
                  extra={
                    <Space>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('regulations.moveUp')}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('regulations.moveDown')}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      />
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('regulations.removeSection')}
                        onClick={() => remove(i)}
                      />
                    </Space>
                  }
                  data-testid="draft-section"
                >
                  <Form.Item name={[field.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'title']}
                    label={t('regulations.fields.sectionTitle')}
                    rules={[
                      { required: true, whitespace: true, message: t('validation.REQUIRED') },
                      {
                        max: REGULATION_RULES.sectionTitle.max,
                        message: t('validation.TOO_LONG', { max: REGULATION_RULES.sectionTitle.max }),
                      },
                    ]}
                  >
                    <Input data-testid="section-title" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'body']}
                    label={t('regulations.fields.sectionBody')}
                    rules={[
                      { required: true, whitespace: true, message: t('validation.REQUIRED') },
                      {
                        max: REGULATION_RULES.sectionBody.max,
                        message: t('validation.TOO_LONG', { max: REGULATION_RULES.sectionBody.max }),
                      },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="section-body" />
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ key: null, title: '', body: '' })}
                disabled={fields.length >= REGULATION_RULES.sections.max}
                data-testid="add-section"
              >
                {t('regulations.addSection')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Space style={{ marginTop: 16 }}>
        <Button
          loading={saving.loading}
          onClick={async () => {
            if ((await doSave()) != null) void message.success(t('regulations.draftSaved'));
          }}
          data-testid="save-draft"
        >
          {t('regulations.saveDraft')}
        </Button>
        <Button type="primary" onClick={() => setPublishing(true)} data-testid="publish-open">
          {t('regulations.publish')}
        </Button>
        {reg.latestNumber > 0 ? (
          <Popconfirm
            title={t('regulations.discardConfirm')}
            onConfirm={async () => {
              try {
                await discard({ variables: { id: reg.id } });
                onChanged();
              } catch (e) {
                reportError(e);
              }
            }}
          >
            <Button danger>{t('regulations.discardDraft')}</Button>
          </Popconfirm>
        ) : null}
      </Space>
      <Modal
        open={publishing}
        title={t('regulations.publishTitle')}
        onCancel={() => setPublishing(false)}
        onOk={() => void doPublish()}
        okText={t('regulations.publish')}
        confirmLoading={publishingM.loading || saving.loading}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('regulations.publishHint')}</Typography.Paragraph>
        <Input.TextArea
          value={summary}
          onChange={(e) => {
            setSummary(e.target.value);
            setSummaryError(null);
          }}
          maxLength={REGULATION_RULES.changeSummary.max}
          placeholder={t('regulations.changeSummaryPlaceholder')}
          status={summaryError ? 'error' : undefined}
          aria-label={t('regulations.fields.changeSummary')}
          data-testid="change-summary"
        />
        {summaryError ? (
          <Typography.Text type="danger" role="alert">
            {summaryError}
          </Typography.Text>
        ) : null}
      </Modal>
    </div>
  );
}

function DiffTab({ reg }: { reg: Reg }) {
  const { t } = useTranslation();
  const mayWrite = useCan('regulations.write');
  const numbers = reg.versions.map((v) => v.number!).sort((a, b) => a - b);
  const options = [
    ...numbers.map((n) => ({ value: String(n), label: t('regulations.versionN', { n }) })),
    ...(mayWrite && reg.draft ? [{ value: 'draft', label: t('regulations.theDraft') }] : []),
  ];
  const [from, setFrom] = useState<number | null>(numbers.length >= 2 ? numbers[numbers.length - 2] : (numbers[0] ?? null));
  const [to, setTo] = useState<string>(numbers.length >= 2 ? String(numbers[numbers.length - 1]) : reg.draft && mayWrite ? 'draft' : '');
  const ready = from != null && !!to && !(to !== 'draft' && Number(to) === from);
  const { data, loading, error, refetch } = useQuery(RegulationDiffQuery, {
    variables: { id: reg.id, from: from ?? 0, to: to === 'draft' ? null : Number(to) },
    skip: !ready,
  });
  if (!numbers.length || options.length < 2) return <EmptyState title={t('regulations.diffNeedsTwo')} />;
  const d = data?.regulationDiff.sections;
  const fieldLabel = (f: string) => (['title', 'body', 'position'].includes(f) ? t(`regulations.diffFields.${f as 'title'}`) : f);
  const show = (v: unknown) => (v == null ? '—' : String(v));
  const part = (kind: 'added' | 'removed' | 'changed', color: string) =>
    d?.[kind].map((e) => (
      <List.Item key={`${kind}-${e.key}`} data-testid={`diff-${kind}`}>
        <div style={{ width: '100%' }}>
          <Tag color={color}>{t(`regulations.diff.${kind}`)}</Tag>
          <Typography.Text strong>{e.label}</Typography.Text>
          {kind === 'changed'
            ? e.changes.map((c) => (
                <div key={c.field} style={{ marginTop: 4 }}>
                  <Typography.Text type="secondary">{fieldLabel(c.field)}：</Typography.Text>
                  <Typography.Text delete>{show(c.from)}</Typography.Text> → <Typography.Text>{show(c.to)}</Typography.Text>
                </div>
              ))
            : null}
        </div>
      </List.Item>
    ));
  return (
    <div data-testid="regulation-diff">
      <Space style={{ marginBottom: 16 }}>
        {t('regulations.compareFrom')}
        <Select
          value={from == null ? undefined : String(from)}
          onChange={(v: string) => setFrom(Number(v))}
          options={numbers.map((n) => ({ value: String(n), label: t('regulations.versionN', { n }) }))}
          style={{ width: 120 }}
          data-testid="diff-from"
        />
        {t('regulations.compareTo')}
        <Select value={to || undefined} onChange={(v: string) => setTo(v)} options={options} style={{ width: 120 }} data-testid="diff-to" />
      </Space>
      {loading && !data ? (
        <Skeleton active />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : d && d.added.length + d.removed.length + d.changed.length === 0 ? (
        <EmptyState title={t('regulations.diffEmpty')} />
      ) : d ? (
        <List>
          {part('added', 'green')}
          {part('removed', 'red')}
          {part('changed', 'gold')}
        </List>
      ) : null}
    </div>
  );
}

function AcksTab({ reg }: { reg: Reg }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RegulationAcknowledgementsQuery, {
    variables: { id: reg.id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Skeleton active />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  const s = data!.regulationAcknowledgements;
  return (
    <div data-testid="regulation-acks">
      {s.versionNumber ? (
        <Typography.Paragraph data-testid="ack-summary">
          {t('regulations.ackSummary', { acknowledged: s.acknowledged, required: s.required, n: s.versionNumber })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('regulations.neverPublished')}</Typography.Paragraph>
      )}
      <Table
        rowKey={(r) => r.user.id}
        size="small"
        pagination={false}
        dataSource={s.readers}
        locale={{ emptyText: <EmptyState title={t('regulations.ackEmpty')} /> }}
        onRow={(r) => ({ 'data-testid': 'ack-row', 'data-done': r.acknowledgedAt ? 'yes' : 'no' }) as never}
        columns={[
          { key: 'user', title: t('regulations.ackColumns.user'), render: (_, r) => r.user.displayName },
          { key: 'role', title: t('regulations.ackColumns.role'), render: (_, r) => t(`roles.${r.role}`) },
          {
            key: 'state',
            title: t('regulations.ackColumns.state'),
            render: (_, r) =>
              r.acknowledgedAt ? (
                <Tag color="green">{t('regulations.ackDone')}</Tag>
              ) : (
                <Tag color="orange">{t('regulations.ackPending')}</Tag>
              ),
          },
          {
            key: 'at',
            title: t('regulations.ackColumns.at'),
            render: (_, r) => (r.acknowledgedAt ? formatDateTime(r.acknowledgedAt, null, 'short') : t('common.none')),
          },
          {
            key: 'last',
            title: t('regulations.ackColumns.last'),
            render: (_, r) => (r.lastAcknowledgedNumber ? t('regulations.versionN', { n: r.lastAcknowledgedNumber }) : t('common.none')),
          },
        ]}
      />
    </div>
  );
}

function EditHeadModal({ reg, open, onClose }: { reg: Reg; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const reportError = useMutationErrors();
  const [form] = Form.useForm();
  const [update, updating] = useMutation(UpdateRegulationMutation);
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('regulations.editHead')}
      onOk={() => form.submit()}
      okText={t('regulations.saveHead')}
      confirmLoading={updating.loading}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: reg.title,
          scope: reg.scope,
          format: reg.format ?? undefined,
          ownerUserId: reg.owner?.id,
          effectiveDate: dayjs(reg.effectiveDate),
          appliesToRoles: reg.appliesToRoles,
        }}
        onFinish={async (v: {
          title: string;
          scope: RegulationScope;
          format?: PropertyFormat;
          ownerUserId: string;
          effectiveDate: dayjs.Dayjs;
          appliesToRoles: Role[];
        }) => {
          try {
            await update({ variables: { id: reg.id, expectedVersion: reg.version, input: headInput(v) } });
            onClose();
          } catch (e) {
            reportError(e, { form, fields: HEAD_FIELDS });
          }
        }}
      >
        <RegulationHeadFields />
      </Form>
    </Modal>
  );
}

export default function RegulationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayWrite = useCan('regulations.write');
  const { params, update } = useQueryState();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(RegulationQuery, { variables: { id } });
  const reg = data?.regulation;
  const tab = params.get('tab') ?? 'current';
  const items = useMemo(
    () =>
      reg
        ? [
            { key: 'current', label: t('regulations.tabs.current'), children: <CurrentTab reg={reg} /> },
            ...(mayWrite
              ? [{ key: 'draft', label: t('regulations.tabs.draft'), children: <DraftTab reg={reg} onChanged={() => void refetch()} /> }]
              : []),
            {
              key: 'diff',
              label: t('regulations.tabs.diff'),
              children: <DiffTab key={`${reg.latestNumber}-${reg.draft?.version ?? 0}`} reg={reg} />,
            },
            ...(mayWrite ? [{ key: 'acks', label: t('regulations.tabs.acks'), children: <AcksTab reg={reg} /> }] : []),
            {
              key: 'changes',
              label: t('audit.history'),
              children: <RecordHistory entity="Regulation" id={reg.id} plain />,
              destroyOnHidden: true,
            },
          ]
        : [],
    [reg, mayWrite, t, refetch],
  );
  if (loading && !reg) return <PageSkeleton />;
  if (error && !reg) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!reg) return null;
  return (
    <div data-testid="regulation-page">
      <PageHeader
        title={reg.title}
        onBack={() => navigate('/regulations')}
        tags={
          <Space>
            {reg.scope === 'FORMAT' && reg.format ? (
              <Tag>{t(`formats.${reg.format}`)}</Tag>
            ) : (
              <Tag color="blue">{t('regulations.scopes.TENANT')}</Tag>
            )}
            <Tag color={reg.latestNumber ? 'green' : 'default'} data-testid="regulation-version">
              {reg.latestNumber ? t('regulations.versionN', { n: reg.latestNumber }) : t('regulations.neverPublished')}
            </Tag>
            {reg.draft ? <Tag color="orange">{t('regulations.draft')}</Tag> : null}
          </Space>
        }
        extra={
          mayWrite ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('regulations.editHead')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('regulations.fields.owner')}>{reg.owner?.displayName ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('regulations.fields.effectiveDate')}>{formatDate(reg.effectiveDate)}</Descriptions.Item>
          <Descriptions.Item label={t('regulations.fields.appliesToRoles')}>
            {reg.appliesToRoles.map((r) => t(`roles.${r}`)).join('、')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card variant="borderless">
        <Tabs
          activeKey={items.some((i) => i.key === tab) ? tab : 'current'}
          onChange={(k) => update({ tab: k === 'current' ? undefined : k })}
          items={items}
        />
      </Card>
      {mayWrite ? <EditHeadModal reg={reg} open={editing} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
