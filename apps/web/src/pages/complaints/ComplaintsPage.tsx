// 重大投诉: major complaints, disputes and technical problems — the list (state, category, severity,
// project, region, overdue filters in the URL, cursor pages), the escalated (overdue) list for the
// Quality Center and admins, and registering a case (also raised from a finding or feedback item:
// ?new=1&itemResultId=… or &feedbackId=…).
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Modal, Select, Tabs, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_RULES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SOURCES,
  COMPLAINT_STATES,
  type ComplaintCategory,
  type ComplaintSeverity,
  type ComplaintSource,
} from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { EvidencePhotos } from '../inspections/EvidencePhotos';
import type { EvidenceRef } from '../inspections/inspection-form';
import { InspectionFilterOptionsQuery } from '../inspections/inspections.operations';
import { ComplaintStateTag, OverdueTag } from './parts';
import { ComplaintsQuery, CreateComplaintMutation, EscalatedComplaintsQuery } from './complaints.operations';
import type { ComplaintFilter, ComplaintsQuery as ListData } from '../../gql/graphql';

type Row = ListData['complaints']['nodes'][number];

const FILTER_KEYS = ['state', 'category', 'severity', 'project', 'region', 'overdue'];
/** Column key → the API's sort field; without one the newest case comes first. */
const SORTS = { openedAt: 'OPENED_AT', due: 'DUE_AT' } as const;

export function complaintFilterFromParams(params: URLSearchParams): ComplaintFilter {
  const state = pickEnum(params.get('state'), COMPLAINT_STATES);
  return {
    states: state ? [state] : undefined,
    category: pickEnum(params.get('category'), COMPLAINT_CATEGORIES) ?? undefined,
    severity: pickEnum(params.get('severity'), COMPLAINT_SEVERITIES) ?? undefined,
    projectId: params.get('project') || undefined,
    regionId: params.get('region') || undefined,
    overdue: params.get('overdue') === '1' ? true : undefined,
  };
}

interface CreateValues {
  projectId?: string;
  source: ComplaintSource;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  title: string;
  description: string;
}

function CreateComplaintModal({
  open,
  onClose,
  itemResultId,
  feedbackId,
}: {
  open: boolean;
  onClose: () => void;
  itemResultId: string | null;
  feedbackId: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<CreateValues>();
  const [photos, setPhotos] = useState<EvidenceRef[]>([]);
  const options = useQuery(InspectionFilterOptionsQuery);
  const [create, creating] = useMutation(CreateComplaintMutation, { refetchQueries: ['Complaints'] });
  const linked = !!itemResultId || !!feedbackId;
  const submit = async (v: CreateValues) => {
    try {
      const r = await create({
        variables: {
          input: {
            projectId: linked ? null : (v.projectId ?? null),
            itemResultId,
            feedbackId,
            source: v.source,
            category: v.category,
            severity: v.severity,
            title: v.title.trim(),
            description: v.description.trim(),
            evidenceIds: photos.map((p) => p.id),
          },
        },
      });
      onClose();
      navigate(`/complaints/${r.data!.createComplaint.id}`);
    } catch (e) {
      reportError(e, { form, fields: ['projectId', 'source', 'category', 'severity', 'title', 'description'] });
    }
  };
  const required = { required: true, message: t('validation.REQUIRED') };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('complaints.createTitle')}
      okText={t('common.create')}
      onOk={() => form.submit()}
      confirmLoading={creating.loading}
      destroyOnHidden
      width={640}
      data-testid="complaint-create-modal"
    >
      {linked ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={itemResultId ? t('complaints.fromFinding') : t('complaints.fromFeedback')}
          data-testid="complaint-linked"
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          source: itemResultId ? 'INSPECTION' : feedbackId ? 'OWNER_RESIDENT' : 'OWNER_RESIDENT',
          category: 'COMPLAINT',
          severity: 'MAJOR',
        }}
      >
        {linked ? null : (
          <Form.Item name="projectId" label={t('complaints.fields.project')} rules={[required]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={options.loading}
              options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
              data-testid="complaint-project"
            />
          </Form.Item>
        )}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="source" label={t('complaints.fields.source')} rules={[required]} style={{ flex: 1 }}>
            <Select
              options={COMPLAINT_SOURCES.map((s) => ({ value: s, label: t(`complaints.sources.${s}`) }))}
              data-testid="complaint-source"
            />
          </Form.Item>
          <Form.Item name="category" label={t('complaints.fields.category')} rules={[required]} style={{ flex: 1 }}>
            <Select
              options={COMPLAINT_CATEGORIES.map((s) => ({ value: s, label: t(`complaints.categories.${s}`) }))}
              data-testid="complaint-category"
            />
          </Form.Item>
          <Form.Item name="severity" label={t('complaints.fields.severity')} rules={[required]} style={{ flex: 1 }}>
            <Select
              options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severities.${s}`) }))}
              data-testid="complaint-severity"
            />
          </Form.Item>
        </div>
        <Form.Item
          name="title"
          label={t('complaints.fields.title')}
          rules={[
            { ...required, whitespace: true },
            { max: COMPLAINT_RULES.title.max, message: t('validation.TOO_LONG', { max: COMPLAINT_RULES.title.max }) },
          ]}
        >
          <Input data-testid="complaint-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('complaints.fields.description')}
          rules={[
            { ...required, whitespace: true },
            { max: COMPLAINT_RULES.description.max, message: t('validation.TOO_LONG', { max: COMPLAINT_RULES.description.max }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="complaint-description" />
        </Form.Item>
        <Form.Item label={t('complaints.fields.evidence')}>
          <EvidencePhotos value={photos} onChange={setPhotos} max={COMPLAINT_RULES.evidence.max} testId="complaint-photos" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function useComplaintColumns(): TableColumnsType<Row> {
  const { t } = useTranslation();
  return [
    {
      key: 'openedAt',
      title: t('complaints.fields.openedAt'),
      width: 140,
      render: (_, r) => formatDateTime(r.openedAt, r.project.timeZone, 'short'),
    },
    {
      key: 'title',
      title: t('complaints.fields.title'),
      ellipsis: true,
      render: (_, r) => (
        <Link to={`/complaints/${r.id}`} data-testid="complaint-link">
          {r.title}
        </Link>
      ),
    },
    { key: 'project', title: t('complaints.fields.project'), width: 200, render: (_, r) => `${r.project.code} · ${r.project.name}` },
    { key: 'category', title: t('complaints.fields.category'), width: 100, render: (_, r) => t(`complaints.categories.${r.category}`) },
    {
      key: 'severity',
      title: t('complaints.fields.severity'),
      width: 90,
      render: (_, r) => (
        <Typography.Text type={r.severity === 'CRITICAL' ? 'danger' : undefined}>
          {t(`complaints.severities.${r.severity}`)}
        </Typography.Text>
      ),
    },
    {
      key: 'state',
      title: t('complaints.fields.state'),
      width: 200,
      render: (_, r) => (
        <>
          <ComplaintStateTag state={r.state} />
          <OverdueTag overdue={r.overdue} level={r.escalationLevel} />
        </>
      ),
    },
    { key: 'due', title: t('complaints.fields.dueAt'), width: 140, render: (_, r) => formatDateTime(r.dueAt, r.project.timeZone, 'short') },
  ];
}

const onComplaintRow = (r: Row) =>
  ({ 'data-testid': 'complaint-row', 'data-state': r.state, 'data-overdue': r.overdue ? 'yes' : 'no' }) as never;

function EscalatedList() {
  const { t } = useTranslation();
  const list = useListState({ paging: 'forwards' });
  const columns = useComplaintColumns();
  const query = useQuery(EscalatedComplaintsQuery, {
    variables: { ...list.variables, after: list.paging.after ?? null },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <div data-testid="complaints-escalated">
      <Typography.Paragraph type="secondary">{t('complaints.escalatedHint')}</Typography.Paragraph>
      <ListPage<Row>
        card={false}
        list={list}
        query={query}
        connection={(query.data ?? query.previousData)?.escalatedComplaints}
        columns={columns}
        empty={<EmptyState title={t('complaints.emptyEscalated')} />}
        testIds={{ table: 'complaints-table' }}
        scroll={{ x: 1000 }}
        onRow={onComplaintRow}
      />
    </div>
  );
}

export default function ComplaintsPage() {
  const { t } = useTranslation();
  const mayRun = useCan('complaints.run');
  const mayEscalated = useCan('complaints.escalated');
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'forwards' });
  const { params, update } = list;
  const columns = useComplaintColumns();
  const filter = useMemo(() => complaintFilterFromParams(params), [params]);
  const options = useQuery(InspectionFilterOptionsQuery);
  const view = params.get('view') === 'escalated' && mayEscalated ? 'escalated' : 'all';
  const query = useQuery(ComplaintsQuery, {
    variables: { filter, ...list.variables, after: list.paging.after ?? null },
    notifyOnNetworkStatusChange: true,
    skip: view !== 'all',
  });
  const connection = (query.data ?? query.previousData)?.complaints;
  const creating = params.get('new') === '1';

  const filters = (
    <>
      <Select
        allowClear
        placeholder={t('complaints.allStates')}
        value={filter.states?.[0]}
        onChange={(v?: string) => update({ state: v })}
        options={COMPLAINT_STATES.map((s) => ({ value: s, label: t(`complaints.states.${s}`) }))}
        style={{ width: 150 }}
        data-testid="filter-state"
      />
      <Select
        allowClear
        placeholder={t('complaints.allCategories')}
        value={filter.category ?? undefined}
        onChange={(v?: string) => update({ category: v })}
        options={COMPLAINT_CATEGORIES.map((s) => ({ value: s, label: t(`complaints.categories.${s}`) }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t('complaints.allSeverities')}
        value={filter.severity ?? undefined}
        onChange={(v?: string) => update({ severity: v })}
        options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severities.${s}`) }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('feedback.allProjects')}
        value={(filter.projectId as string | undefined) ?? undefined}
        onChange={(v?: string) => update({ project: v })}
        options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
        style={{ width: 220 }}
      />
      <Select
        allowClear
        placeholder={t('feedback.allRegions')}
        value={(filter.regionId as string | undefined) ?? undefined}
        onChange={(v?: string) => update({ region: v })}
        options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))}
        style={{ width: 150 }}
      />
      <Checkbox
        checked={!!filter.overdue}
        onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}
        style={{ alignSelf: 'center' }}
        data-testid="filter-overdue"
      >
        {t('complaints.onlyOverdue')}
      </Checkbox>
    </>
  );
  const allList = (
    <ListPage<Row>
      card={false}
      list={list}
      query={query}
      connection={connection}
      columns={columns}
      filters={filters}
      empty={<EmptyState title={t('complaints.empty')} hint={t('complaints.emptyHint')} />}
      emptyFiltered={t('complaints.emptyFiltered')}
      testIds={{ filters: 'complaint-filters', table: 'complaints-table' }}
      scroll={{ x: 1000 }}
      onRow={onComplaintRow}
    />
  );

  return (
    <div data-testid="complaints-page">
      <PageHeader
        title={t('complaints.title')}
        subTitle={t('complaints.subtitle')}
        extra={
          mayRun ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => update({ new: '1' })} data-testid="complaint-create">
              {t('complaints.create')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless">
        {mayEscalated ? (
          <Tabs
            activeKey={view}
            onChange={(k) => update({ view: k === 'all' ? undefined : k })}
            items={[
              { key: 'all', label: t('complaints.all'), children: allList },
              { key: 'escalated', label: t('complaints.escalated'), children: view === 'escalated' ? <EscalatedList /> : null },
            ]}
          />
        ) : (
          allList
        )}
      </Card>
      {mayRun ? (
        <CreateComplaintModal
          open={creating}
          onClose={() => update({ new: undefined, itemResultId: undefined, feedbackId: undefined })}
          itemResultId={params.get('itemResultId')}
          feedbackId={params.get('feedbackId')}
        />
      ) : null}
    </div>
  );
}
