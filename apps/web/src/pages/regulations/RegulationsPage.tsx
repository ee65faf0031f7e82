// 品质制度: the tenant's QC regulations — list (scope/format/search filters, sort by title or effective
// date, cursor pages, in the URL; ListPage),
// "my unread" for the reader, acknowledgement counts and "new regulation" for the Quality Center.
import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Progress, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  PROPERTY_FORMATS,
  REGULATION_RULES,
  REGULATION_SCOPES,
  ROLES,
  type PropertyFormat,
  type RegulationScope,
  type Role,
} from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs, formatDate } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { useMe } from '../../session/SessionProvider';
import { ComplaintPeopleQuery } from '../complaints/complaints.operations';
import { CreateRegulationMutation, RegulationsQuery } from './regulations.operations';
import type { RegulationFilter, RegulationsQuery as ListData } from '../../gql/graphql';

type Row = ListData['regulations']['nodes'][number];

const FILTER_KEYS = ['scope', 'format', 'q'];
const SORTS = { title: 'TITLE', effective: 'EFFECTIVE_DATE' } as const;

export function regulationFilterFromParams(params: URLSearchParams): RegulationFilter {
  return {
    scope: pickEnum(params.get('scope'), REGULATION_SCOPES) ?? undefined,
    format: (pickEnum(params.get('format'), PROPERTY_FORMATS) as PropertyFormat | undefined) ?? undefined,
    search: params.get('q') || undefined,
  };
}

interface HeadValues {
  title: string;
  scope: RegulationScope;
  format?: PropertyFormat;
  ownerUserId: string;
  effectiveDate: dayjs.Dayjs;
  appliesToRoles: Role[];
}

export function RegulationHeadFields() {
  const { t } = useTranslation();
  const people = useQuery(ComplaintPeopleQuery);
  return (
    <>
      <Form.Item
        name="title"
        label={t('regulations.fields.title')}
        rules={[
          { required: true, whitespace: true, message: t('validation.REQUIRED') },
          { max: REGULATION_RULES.title.max, message: t('validation.TOO_LONG', { max: REGULATION_RULES.title.max }) },
        ]}
      >
        <Input data-testid="regulation-title" />
      </Form.Item>
      <Form.Item name="scope" label={t('regulations.fields.scope')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Select
          options={REGULATION_SCOPES.map((s) => ({ value: s, label: t(`regulations.scopes.${s}`) }))}
          data-testid="regulation-scope"
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.scope !== b.scope}>
        {({ getFieldValue }) =>
          getFieldValue('scope') === 'FORMAT' ? (
            <Form.Item name="format" label={t('regulations.fields.format')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
              <Select options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))} data-testid="regulation-format" />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Form.Item name="ownerUserId" label={t('regulations.fields.owner')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Select
          loading={people.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(people.data?.inspectionAssignees ?? [])
            .filter((a) => a.user)
            .map((a) => ({ value: a.user!.id, label: `${a.user!.displayName}（${t(`roles.${a.role as Role}`)}）` }))}
          data-testid="regulation-owner"
        />
      </Form.Item>
      <Form.Item
        name="effectiveDate"
        label={t('regulations.fields.effectiveDate')}
        rules={[{ required: true, message: t('validation.REQUIRED') }]}
      >
        <DatePicker data-testid="regulation-effective" />
      </Form.Item>
      <Form.Item
        name="appliesToRoles"
        label={t('regulations.fields.appliesToRoles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('validation.REQUIRED') }]}
      >
        <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="regulation-roles" />
      </Form.Item>
    </>
  );
}

export const HEAD_FIELDS = ['title', 'scope', 'format', 'ownerUserId', 'effectiveDate', 'appliesToRoles'] as const;
export const headInput = (v: HeadValues) => ({
  title: v.title.trim(),
  scope: v.scope,
  format: v.scope === 'FORMAT' ? (v.format ?? null) : null,
  ownerUserId: v.ownerUserId,
  effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
  appliesToRoles: v.appliesToRoles,
});

function CreateRegulationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<HeadValues>();
  const [create, creating] = useMutation(CreateRegulationMutation);
  const submit = async (v: HeadValues) => {
    try {
      const r = await create({ variables: { input: headInput(v) } });
      onClose();
      navigate(`/regulations/${r.data!.createRegulation.id}?tab=draft`);
    } catch (e) {
      reportError(e, { form, fields: HEAD_FIELDS });
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('regulations.create')}
      okText={t('common.create')}
      onOk={() => form.submit()}
      confirmLoading={creating.loading}
      destroyOnHidden
      data-testid="regulation-create-modal"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          scope: 'TENANT',
          ownerUserId: me.user.id,
          effectiveDate: dayjs(),
          appliesToRoles: ['QUALITY_CENTER', 'INSPECTOR', 'REGIONAL_OPS'],
        }}
      >
        <RegulationHeadFields />
      </Form>
    </Modal>
  );
}

export default function RegulationsPage() {
  const { t } = useTranslation();
  const mayWrite = useCan('regulations.write');
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'forwards' });
  const { params, update } = list;
  const filter = useMemo(() => regulationFilterFromParams(params), [params]);
  const [creating, setCreating] = useState(false);
  const query = useQuery(RegulationsQuery, {
    variables: { filter, ...list.variables, after: list.paging.after ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const shown = query.data ?? query.previousData;
  const connection = shown?.regulations;
  const unread = shown?.myUnreadRegulations ?? [];

  const columns: TableColumnsType<Row> = [
    {
      key: 'title',
      title: t('regulations.fields.title'),
      render: (_, r) => (
        <Link to={`/regulations/${r.id}`} data-testid="regulation-link">
          {r.title}
        </Link>
      ),
    },
    {
      key: 'scope',
      title: t('regulations.fields.scope'),
      width: 160,
      render: (_, r) =>
        r.scope === 'FORMAT' && r.format ? <Tag>{t(`formats.${r.format}`)}</Tag> : <Tag color="blue">{t('regulations.scopes.TENANT')}</Tag>,
    },
    {
      key: 'version',
      title: t('regulations.fields.latestNumber'),
      width: 110,
      render: (_, r) =>
        r.latestNumber ? (
          t('regulations.versionN', { n: r.latestNumber })
        ) : (
          <Typography.Text type="secondary">{t('regulations.neverPublished')}</Typography.Text>
        ),
    },
    { key: 'effective', title: t('regulations.fields.effectiveDate'), width: 120, render: (_, r) => formatDate(r.effectiveDate) },
    { key: 'owner', title: t('regulations.fields.owner'), width: 120, render: (_, r) => r.owner?.displayName ?? t('common.none') },
    {
      key: 'ack',
      title: t('regulations.fields.acknowledged'),
      width: 180,
      render: (_, r) =>
        r.acknowledgementCounts ? (
          <Progress
            size="small"
            percent={
              r.acknowledgementCounts.required
                ? Math.round((r.acknowledgementCounts.acknowledged / r.acknowledgementCounts.required) * 100)
                : 100
            }
            format={() => `${r.acknowledgementCounts!.acknowledged}/${r.acknowledgementCounts!.required}`}
          />
        ) : r.appliesToMe && r.latestNumber ? (
          r.acknowledgedByMeAt ? (
            <Tag color="green">{t('regulations.acknowledged')}</Tag>
          ) : (
            <Tag color="orange">{t('regulations.ackPending')}</Tag>
          )
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <div data-testid="regulations-page">
      <PageHeader
        title={t('regulations.title')}
        subTitle={t('regulations.subtitle')}
        extra={
          mayWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="regulation-create">
              {t('regulations.create')}
            </Button>
          ) : null
        }
      />
      {shown ? (
        unread.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('regulations.unreadTitle', { count: unread.length })}
            description={
              <Space wrap>
                {unread.map((r) => (
                  <Link
                    key={r.id}
                    to={`/regulations/${r.id}`}
                    data-testid="unread-regulation"
                  >{`${r.title}（${t('regulations.versionN', { n: r.latestNumber })}）`}</Link>
                ))}
              </Space>
            }
            data-testid="regulations-unread"
          />
        ) : null
      ) : null}
      <ListPage<Row>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        search={{ placeholder: t('regulations.searchPlaceholder'), width: 220 }}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('regulations.allScopes')}
              value={filter.scope ?? undefined}
              onChange={(v?: string) => update({ scope: v })}
              options={REGULATION_SCOPES.map((s) => ({ value: s, label: t(`regulations.scopes.${s}`) }))}
              style={{ width: 140 }}
            />
            <Select
              allowClear
              placeholder={t('regulations.fields.format')}
              value={filter.format ?? undefined}
              onChange={(v?: string) => update({ format: v })}
              options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
              style={{ width: 170 }}
            />
          </>
        }
        empty={<EmptyState title={t('regulations.empty')} hint={t('regulations.emptyHint')} />}
        emptyFiltered={t('regulations.emptyFiltered')}
        testIds={{ table: 'regulations-table' }}
        scroll={{ x: 800 }}
      />
      {mayWrite ? <CreateRegulationModal open={creating} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
