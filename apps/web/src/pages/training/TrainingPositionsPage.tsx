// 岗位: the company's positions by name; HR and admins create, rename and archive them (archiving is
// refused by the API while active employees hold the position). "Show archived" is in the URL.
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TRAINING_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { ArchivePositionMutation, CreatePositionMutation, PositionsQuery, UpdatePositionMutation } from './training.operations';
import type { PositionRowFragment } from '../../gql/graphql';

const REFETCH = ['TrainingPositions', 'TrainingOptions'];

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
  const { params, update } = useQueryState();
  const mayManage = useCan('training.manage');
  const includeArchived = params.get('archived') === '1';
  const [editing, setEditing] = useState<{ position: PositionRowFragment | null } | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(PositionsQuery, {
    variables: { includeArchived },
    notifyOnNetworkStatusChange: true,
  });
  const [archive] = useMutation(ArchivePositionMutation, { refetchQueries: REFETCH });
  const rows = (data ?? previousData)?.positions;

  const columns: TableColumnsType<PositionRowFragment> = [
    {
      key: 'name',
      title: t('training.positions.fields.name'),
      render: (_, p) => (
        <Space size={4}>
          <span>{p.name}</span>
          {p.archivedAt ? <Tag>{t('training.common.archived')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'code', title: t('training.positions.fields.code'), width: 140, render: (_, p) => p.code ?? '—' },
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
      <Card variant="borderless">
        <Space style={{ marginBottom: 16 }}>
          <Switch checked={includeArchived} onChange={(v) => update({ archived: v ? '1' : undefined })} data-testid="positions-archived" />
          <Typography.Text>{t('training.positions.showArchived')}</Typography.Text>
        </Space>
        {!mayManage ? <Typography.Paragraph type="secondary">{t('training.positions.readOnly')}</Typography.Paragraph> : null}
        {!rows && loading ? (
          <TableSkeleton />
        ) : !rows && error ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <Table<PositionRowFragment>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows ?? []}
            loading={loading}
            pagination={false}
            data-testid="positions-table"
            locale={{
              emptyText: (
                <EmptyState title={t('training.positions.empty')} hint={mayManage ? t('training.positions.emptyHint') : undefined} />
              ),
            }}
            onRow={(p) => ({ 'data-testid': 'position-row', 'data-name': p.name }) as never}
          />
        )}
      </Card>
      {editing ? <PositionModal open position={editing.position} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
