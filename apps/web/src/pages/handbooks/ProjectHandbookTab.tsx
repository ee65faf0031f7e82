// The 工作手册 tab of a project: its handbook, or — when it has none — "create from template"
// (templates of the project's property format) for editors.
import { useState } from 'react';
import { App, Button, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { CreateProjectHandbookMutation, HandbookTemplatesQuery, ProjectHandbookQuery } from './handbooks.operations';
import { HandbookView } from './HandbookView';
import type { PropertyFormat } from '../../gql/graphql';

function CreateFromTemplate({
  projectId,
  format,
  onCreated,
}: {
  projectId: string;
  format: PropertyFormat;
  onCreated: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const { update } = useQueryState();
  const templates = useQuery(HandbookTemplatesQuery, {
    variables: { filter: { kind: 'TEMPLATE', format }, first: 100 },
  });
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [create, creating] = useMutation(CreateProjectHandbookMutation);
  const nodes = templates.data?.handbooks.nodes ?? [];
  const published = nodes.filter((n) => n.latestNumber > 0);
  const chosen = templateId ?? published[0]?.id;

  const onCreate = async () => {
    try {
      await create({ variables: { projectId, templateId: chosen ?? null } });
      void message.success(t('handbooks.createdForProject'));
      await onCreated();
      update({ view: 'draft' });
    } catch (e) {
      reportError(e);
    }
  };

  return (
    <Space orientation="vertical" align="center" size={12}>
      {templates.loading && !templates.data ? null : published.length ? (
        <Space wrap>
          <Typography.Text>{t('handbooks.template')}</Typography.Text>
          <Select
            value={chosen}
            onChange={setTemplateId}
            options={nodes.map((n) => ({
              value: n.id,
              label: n.latestNumber ? `${n.name} (V${n.latestNumber})` : `${n.name} (${t('handbooks.unpublished')})`,
              disabled: !n.latestNumber,
            }))}
            style={{ minWidth: 280 }}
            data-testid="template-select"
          />
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('handbooks.noTemplateForFormat', { format: t(`formats.${format}`) })}</Typography.Text>
      )}
      <Button
        type="primary"
        icon={<PlusOutlined />}
        loading={creating.loading}
        onClick={() => void onCreate()}
        data-testid="create-project-handbook"
      >
        {published.length ? t('handbooks.createFromTemplate') : t('handbooks.createBlank')}
      </Button>
    </Space>
  );
}

export default function ProjectHandbookTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const canEdit = useCan('handbooks.edit');
  const { data, loading, error, refetch } = useQuery(ProjectHandbookQuery, {
    variables: { id: projectId },
    notifyOnNetworkStatusChange: true,
  });

  if (!data && loading) return <PageSkeleton rows={8} />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  const project = data.project;
  if (project.handbook) return <HandbookView handbookId={project.handbook.id} embedded />;
  return (
    <EmptyState
      title={t('handbooks.projectHasNone')}
      hint={canEdit ? t('handbooks.projectHasNoneHint') : t('handbooks.projectHasNoneReadOnly')}
      action={
        canEdit ? <CreateFromTemplate projectId={project.id} format={project.property.format} onCreated={() => refetch()} /> : undefined
      }
    />
  );
}
