// 部门与职责: departments with their members (a tenant admin edits them) and the duty matrix,
// duties × departments with the owner (●) and collaborating (○) marks.
import { useState } from 'react';
import { App, Button, Card, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useCan } from '../../session/Allow';
import { DepartmentsQuery, MembersForDepartmentsQuery, SetDepartmentMembersMutation } from './onboarding.operations';
import { deptName } from './PhaseTasks';
import type { OnboardingDepartmentsQuery } from '../../gql/graphql';

type Dept = OnboardingDepartmentsQuery['departments'][number];

export default function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const mayManage = useCan('departments.manage');
  const { data, loading, error, refetch } = useQuery(DepartmentsQuery);
  const [editing, setEditing] = useState<Dept | null>(null);
  if (loading && !data) return <TableSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const departments = data!.departments;
  const en = i18n.language.startsWith('en');
  return (
    <div data-testid="departments-page">
      <PageHeader title={t('onboarding.departments.title')} subTitle={t('onboarding.departments.subtitle')} />
      <Card variant="borderless" title={t('onboarding.departments.members')} style={{ marginBottom: 16 }}>
        <Table<Dept>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={departments}
          locale={{ emptyText: <EmptyState title={t('onboarding.departments.empty')} /> }}
          onRow={(d) => ({ 'data-testid': 'department-row', 'data-name': d.name }) as never}
          columns={[
            { key: 'name', title: t('onboarding.myTasks.department'), width: 260, render: (_, d) => deptName(d, i18n.language) },
            {
              key: 'members',
              title: t('onboarding.departments.members'),
              render: (_, d) => (
                <Space size={4} wrap>
                  {d.members.map((m) => (
                    <Tag key={m.id}>{m.displayName}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'edit',
              width: 110,
              render: (_, d) =>
                mayManage ? (
                  <Button size="small" onClick={() => setEditing(d)} data-testid="edit-members">
                    {t('onboarding.departments.editMembers')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('onboarding.departments.matrix')}>
        <Table
          rowKey="id"
          size="small"
          bordered
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data!.duties}
          data-testid="duty-matrix"
          onRow={(d) => ({ 'data-testid': 'duty-row', 'data-position': d.position }) as never}
          columns={[
            {
              key: 'duty',
              title: t('onboarding.departments.duty'),
              fixed: 'left',
              width: 360,
              render: (_, d) => (
                <Typography.Text>
                  {d.position}. {en && d.titleEn ? d.titleEn : d.titleZh}
                </Typography.Text>
              ),
            },
            ...departments.map((dept) => ({
              key: dept.id,
              title: deptName(dept, i18n.language),
              width: 110,
              align: 'center' as const,
              render: (_: unknown, d: OnboardingDepartmentsQuery['duties'][number]) =>
                d.owner?.id === dept.id ? (
                  <Tooltip title={t('onboarding.departments.ownerMark')}>
                    <span data-testid="mark-owner" style={{ fontSize: 18 }}>
                      ●
                    </span>
                  </Tooltip>
                ) : d.collaborators.some((c) => c.id === dept.id) ? (
                  <Tooltip title={t('onboarding.departments.collaboratorMark')}>
                    <span data-testid="mark-collaborator" style={{ fontSize: 18 }}>
                      ○
                    </span>
                  </Tooltip>
                ) : null,
            })),
          ]}
        />
      </Card>
      {editing ? <MembersModal dept={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function MembersModal({ dept, onClose }: { dept: Dept; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useMutationErrors();
  const members = useQuery(MembersForDepartmentsQuery);
  const [userIds, setUserIds] = useState<string[]>(dept.members.map((m) => m.id));
  const [save, saving] = useMutation(SetDepartmentMembersMutation);
  return (
    <Modal
      open
      title={t('onboarding.departments.membersTitle', { name: dept.name })}
      onCancel={onClose}
      okButtonProps={{ loading: saving.loading }}
      onOk={() =>
        save({ variables: { id: dept.id, userIds } })
          .then(() => {
            void message.success(t('onboarding.common.saved'));
            onClose();
          })
          .catch((e) => onError(e))
      }
    >
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        loading={members.loading}
        value={userIds}
        onChange={setUserIds}
        optionFilterProp="label"
        options={(members.data?.members.nodes ?? [])
          .filter((m) => m.active)
          .map((m) => ({ value: m.user.id, label: `${m.user.displayName} (${m.user.email})` }))}
      />
    </Modal>
  );
}
