// 手册模板 Handbook templates: one per property format (or more), each a versioned handbook that
// new project handbooks are copied from. Editors create them and open them in the handbook editor.
// Format filter and sort (name, last change) in the URL (ListPage).
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, type PropertyFormat } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { FormatTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { length, required, requiredChoice } from '../../lib/rules';
import { pickEnum } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { DRAFT_LIMITS } from './draft';
import { CreateHandbookTemplateMutation, HandbookTemplatesQuery } from './handbooks.operations';
import type { HandbookTemplatesQuery as TemplatesData } from '../../gql/graphql';

type Row = TemplatesData['handbooks']['nodes'][number];
const SORTS = { name: 'NAME', updatedAt: 'UPDATED_AT' } as const;

function CreateTemplateModal({ open, onClose, defaultFormat }: { open: boolean; onClose: () => void; defaultFormat?: PropertyFormat }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ name: string; format?: PropertyFormat }>();
  const [create, creating] = useMutation(CreateHandbookTemplateMutation);

  const onFinish = async (values: { name: string; format?: PropertyFormat }) => {
    try {
      const { data } = await create({ variables: { input: { name: values.name.trim(), format: values.format! } } });
      void message.success(t('templates.created'));
      onClose();
      if (data) navigate(`/handbooks/${data.createHandbookTemplate.id}?view=draft`);
    } catch (error) {
      reportError(error, { form, fields: ['name', 'format'] });
    }
  };

  return (
    <Modal
      open={open}
      title={t('templates.create')}
      okText={creating.loading ? t('common.saving') : t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={creating.loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-template' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ format: defaultFormat }}
        style={{ marginTop: 12 }}
        data-testid="template-form"
      >
        <Form.Item name="name" label={t('templates.name')} rules={[required(t), ...length(t, { max: DRAFT_LIMITS.title })]} validateFirst>
          <Input placeholder={t('templates.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="format" label={t('templates.format')} rules={[requiredChoice(t)]} extra={t('templates.formatHint')}>
          <Select
            options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            placeholder={t('templates.formatPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function HandbookTemplatesPage() {
  const { t } = useTranslation();
  const canEdit = useCan('handbooks.edit');
  const list = useListState({ filters: ['format'], sorts: SORTS, paging: 'backwards' });
  const { params, update } = list;
  const format = pickEnum(params.get('format'), PROPERTY_FORMATS);
  const [creating, setCreating] = useState(false);
  const query = useQuery(HandbookTemplatesQuery, {
    variables: { filter: { kind: 'TEMPLATE', ...(format ? { format } : {}) }, ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.handbooks;

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('templates.name'),
      render: (_, row) => (
        <Link to={`/handbooks/${row.id}`} data-testid="template-link">
          {row.name}
        </Link>
      ),
    },
    { key: 'format', title: t('templates.format'), width: 170, render: (_, row) => <FormatTag format={row.format} /> },
    {
      key: 'latest',
      title: t('templates.latest'),
      width: 220,
      render: (_, row) =>
        row.latestNumber ? (
          <Space size={6}>
            <Tag color="green" style={{ marginInlineEnd: 0 }}>
              V{row.latestNumber}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(row.latest?.publishedAt, null, 'short')}
            </Typography.Text>
          </Space>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }}>{t('handbooks.unpublished')}</Tag>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'draft',
            title: t('templates.draft'),
            width: 180,
            render: (_: unknown, row: Row) =>
              row.draft ? (
                <Space size={6}>
                  <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="draft-badge">
                    {t('handbooks.hasDraft')}
                  </Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(row.draft.updatedAt, null, 'short')}
                  </Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              ),
          },
        ]
      : []),
    { key: 'updatedAt', title: t('common.updatedAt'), width: 170, render: (_, row) => formatDateTime(row.updatedAt, null, 'short') },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, row) => (
        <Link to={`/handbooks/${row.id}${canEdit ? '?view=draft' : ''}`}>{canEdit ? t('templates.edit') : t('common.view')}</Link>
      ),
    },
  ];

  const createButton = canEdit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-template">
      {t('templates.create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('templates.title')} subTitle={t('templates.subtitle')} extra={createButton} />
      <ListPage<Row>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        filters={
          <Select
            allowClear
            placeholder={t('projects.allFormats')}
            value={format}
            onChange={(value?: PropertyFormat) => update({ format: value })}
            options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            style={{ width: 200 }}
            data-testid="filter-format"
          />
        }
        empty={
          <EmptyState
            title={t('templates.empty')}
            hint={canEdit ? t('templates.emptyHint') : t('templates.emptyReadOnly')}
            action={createButton}
          />
        }
        emptyFiltered={t('templates.emptyFiltered')}
        testIds={{ table: 'templates-table' }}
        scroll={{ x: 900 }}
      />
      <CreateTemplateModal open={creating} onClose={() => setCreating(false)} defaultFormat={format} />
    </>
  );
}
