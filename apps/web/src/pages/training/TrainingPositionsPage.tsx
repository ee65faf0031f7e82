// 岗位: the company's positions by name; HR and admins create, rename and archive them (archiving is
// refused by the API while active employees hold the position). "Show archived" and the sort (name,
// code) are in the URL (ListPage, sorted in the browser: the list is not paged).
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TRAINING_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { byText, ListPage, useListState } from '../../components/list-page';
import { EmptyState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { ArchivePositionMutation, CreatePositionMutation, PositionsQuery, UpdatePositionMutation } from './training.operations';
import type { PositionRowFragment } from '../../gql/graphql';

const REFETCH = ['TrainingPositions', 'TrainingOptions'];
const SORTS = { name: true, code: true } as const;

function PositionModal({ position, open, onClose }: { position: PositionRowFragment | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ name: string; code?: string }>();
  const [create, creating] = useMutation(CreatePositionMutation, { refetchQueries: REFETCH });
  const [update, updating] = useMutation(UpdatePositionMutation, { refetchQueries: REFETCH });
  const submit = async (v: { name: string; code?: string }) => {
    const input = { name: v.name.trim(), code: v.code?.trim() || null };
    try {
      if (position) await update({ variables: { id: position.id, input, expectedVersion: position.version } });
      else await create({ variables: { input } });
      void message.success(t(position ? 'training.positions.renamed' : 'training.positions.created'));
      onClose();
    } catch (e) {
      reportError(e, { form, fields: ['name', 'code'] });
    }
  };
  return (
    <Modal
      open={open}
      title={t(position ? 'training.positions.editTitle' : 'training.positions.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: creating.loading || updating.loading, 'data-testid': 'position-save' } as never}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: position?.name ?? '', code: position?.code ?? '' }}
        onFinish={(v) => void submit(v)}
        data-testid="position-form"
      >
        <Form.Item
          name="name"
          label={t('training.positions.fields.name')}
          rules={[
            { required: true, whitespace: true, message: t('validation.REQUIRED') },
            { max: TRAINING_RULES.name.max, message: t('validation.TOO_LONG', { max: TRAINING_RULES.name.max }) },
          ]}
        >
          <Input autoFocus data-testid="position-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('training.positions.fields.code')}
          rules={[{ max: 30, message: t('validation.TOO_LONG', { max: 30 }) }]}
        >
          <Input data-testid="position-code" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function TrainingPositionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const list = useListState({ sorts: SORTS, paging: 'none' });
  const { params, update } = list;
  const mayManage = useCan('training.manage');
  const includeArchived = params.get('archived') === '1';
  const [editing, setEditing] = useState<{ position: PositionRowFragment | null } | null>(null);
  const query = useQuery(PositionsQuery, {
    variables: { includeArchived },
    notifyOnNetworkStatusChange: true,
  });
  const [archive] = useMutation(ArchivePositionMutation, { refetchQueries: REFETCH });
  const rows = (query.data ?? query.previousData)?.positions;

  const columns: TableColumnsType<PositionRowFragment> = [
    {
      key: 'name',
      title: t('training.positions.fields.name'),
      sorter: byText((p) => p.name),
      render: (_, p) => (
        <Space size={4}>
          <span>{p.name}</span>
          {p.archivedAt ? <Tag>{t('training.common.archived')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'code', title: t('training.positions.fields.code'), width: 140, sorter: byText((p) => p.code), render: (_, p) => p.code ?? '—' },
    {
      key: 'archivedAt',
      title: t('training.common.archived'),
      width: 170,
      render: (_, p) => (p.archivedAt ? formatDateTime(p.archivedAt, undefined, 'short') : '—'),
    },
  ];
  if (mayManage) {
    columns.push({
      key: 'actions',
      title: '',
      width: 180,
      render: (_, p) =>
        p.archivedAt ? null : (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ position: p })} data-testid="position-edit">
              {t('training.positions.edit')}
            </Button>
            <Popconfirm
              title={t('training.positions.archiveConfirm')}
              onConfirm={() =>
                void archive({ variables: { id: p.id } })
                  .then(() => message.success(t('training.positions.archivedDone')))
                  .catch((e: unknown) => reportError(e))
              }
            >
              <Button size="small" danger icon={<InboxOutlined />} data-testid="position-archive">
                {t('training.positions.archive')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    });
  }

  return (
    <div data-testid="training-positions-page">
      <PageHeader
        title={t('training.positions.title')}
        subTitle={t('training.positions.subtitle')}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ position: null })} data-testid="new-position">
              {t('training.positions.new')}
            </Button>
          ) : null
        }
      />
      <ListPage<PositionRowFragment>
        list={list}
        query={query}
        rows={rows}
        columns={columns}
        filters={
          <Space>
            <Switch
              checked={includeArchived}
              onChange={(v) => update({ archived: v ? '1' : undefined })}
              data-testid="positions-archived"
            />
            <Typography.Text>{t('training.positions.showArchived')}</Typography.Text>
          </Space>
        }
        extra={!mayManage ? <Typography.Paragraph type="secondary">{t('training.positions.readOnly')}</Typography.Paragraph> : null}
        empty={<EmptyState title={t('training.positions.empty')} hint={mayManage ? t('training.positions.emptyHint') : undefined} />}
        testIds={{ table: 'positions-table' }}
        onRow={(p) => ({ 'data-testid': 'position-row', 'data-name': p.name }) as never}
      />
      {editing ? <PositionModal open position={editing.position} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
