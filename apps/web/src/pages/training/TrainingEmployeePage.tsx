// 培训档案: one employee's requirements (status tags; retraining highlighted with the handbook
// version that caused it) and the sessions attended with attendance and scores.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useCan } from '../../session/Allow';
import { EmployeeModal } from './EmployeeModal';
import { AttendanceTag, RequirementStatusTag } from './parts';
import { EmployeeFindingsQuery, EmployeeQuery } from './training.operations';
import type { TrainingEmployeeQuery } from '../../gql/graphql';

type Record = TrainingEmployeeQuery['employee']['trainingRecord'];

export default function TrainingEmployeePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const mayManage = useCan('training.manage');
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(EmployeeQuery, { variables: { id } });
  const e = data?.employee;
  if (loading && !e) return <PageSkeleton />;
  if (error && !e) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!e) return null;
  const record = e.trainingRecord;
  const retraining = record.requirements.filter((r) => r.reason === 'RETRAINING' && r.status !== 'COMPLETED');
  const findingsRetraining = record.requirements.filter((r) => r.reason === 'FINDINGS' && r.status !== 'COMPLETED');
  return (
    <div data-testid="training-employee-page">
      <PageHeader
        onBack={() => void navigate('/training/employees')}
        title={e.name}
        subTitle={t('training.record.title')}
        tags={
          <Tag color={e.active ? 'green' : 'default'}>{e.active ? t('training.employees.active') : t('training.employees.inactive')}</Tag>
        }
        extra={
          mayManage ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-employee">
              {t('training.employees.edit')}
            </Button>
          ) : null
        }
      />
      {editing ? <EmployeeModal employee={e} onClose={() => setEditing(false)} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t('training.employees.fields.employeeNo')}>{e.employeeNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('training.employees.fields.position')}>{e.position?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('training.employees.fields.project')}>
            {e.project ? `${e.project.code} · ${e.project.name}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.employees.fields.hireDate')}>{e.hireDate}</Descriptions.Item>
        </Descriptions>
      </Card>
      {retraining.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="retraining-alert"
          title={retraining
            .map((r) => `${r.course?.title ?? ''}：${t('training.record.retrainingBecause', { number: r.sourceVersion?.number ?? '?' })}`)
            .join('；')}
        />
      ) : null}
      {findingsRetraining.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="findings-retraining-alert"
          title={findingsRetraining
            .map(
              (r) =>
                `${r.course?.title ?? ''}：${t('training.record.findingsBecause', {
                  standard: r.sourceStandard
                    ? `${r.sourceStandard.code} ${lang.startsWith('en') ? (r.sourceStandard.titleEn ?? r.sourceStandard.titleZh) : r.sourceStandard.titleZh}`
                    : '?',
                })}`,
            )
            .join('；')}
        />
      ) : null}
      <Card size="small" title={t('training.record.requirements')} style={{ marginBottom: 16 }}>
        <Table<Record['requirements'][number]>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={record.requirements}
          data-testid="record-requirements"
          locale={{ emptyText: <EmptyState title={t('training.record.noRequirements')} /> }}
          onRow={(r) =>
            ({
              'data-testid': 'requirement-row',
              'data-reason': r.reason,
              style: r.reason !== 'PLAN' ? { background: '#fffbe6' } : undefined,
            }) as never
          }
          columns={[
            { key: 'course', title: t('training.common.course'), render: (_, r) => r.course?.title ?? '—' },
            {
              key: 'reason',
              title: '',
              render: (_, r) =>
                r.reason === 'RETRAINING' ? (
                  <Tag color="orange">{`${t('training.reasons.RETRAINING')}${r.sourceVersion ? ` · ${t('training.courses.versionLabel', { number: r.sourceVersion.number })}` : ''}`}</Tag>
                ) : r.reason === 'FINDINGS' ? (
                  <Tag color="volcano">{`${t('training.reasons.FINDINGS')}${r.sourceStandard ? ` · ${r.sourceStandard.code}` : ''}`}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('training.reasons.PLAN')}</Typography.Text>
                ),
            },
            { key: 'requiredBy', title: t('training.plans.requiredBy'), width: 120, render: (_, r) => r.requiredBy },
            { key: 'completedOn', title: t('training.record.completedOn'), width: 120, render: (_, r) => r.completedOn ?? '—' },
            {
              key: 'expiresOn',
              title: t('training.record.expiresOn'),
              width: 120,
              render: (_, r) => r.expiresOn ?? (r.completedOn ? t('training.common.never') : '—'),
            },
            {
              key: 'status',
              title: t('training.sessions.fields.status'),
              width: 110,
              render: (_, r) => <RequirementStatusTag status={r.status} />,
            },
          ]}
        />
      </Card>
      <EmployeeFindings employeeId={e.id} />
      <Card size="small" title={t('training.record.sessions')}>
        <Table<Record['sessions'][number]>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={record.sessions}
          data-testid="record-sessions"
          locale={{ emptyText: <EmptyState title={t('training.record.noSessions')} /> }}
          columns={[
            { key: 'date', title: t('training.record.date'), width: 120, render: (_, s) => s.session?.localDate ?? '—' },
            {
              key: 'course',
              title: t('training.common.course'),
              render: (_, s) =>
                s.session ? (
                  <Link to={`/training/sessions/${s.session.id}`}>{s.session.courses.map((c) => c.title).join('、') || '—'}</Link>
                ) : (
                  '—'
                ),
            },
            { key: 'attendance', title: t('training.session.sheet'), width: 100, render: (_, s) => <AttendanceTag value={s.attendance} /> },
            {
              key: 'score',
              title: t('training.session.score'),
              width: 160,
              render: (_, s) => (
                <Space>
                  <span>{s.score ?? '—'}</span>
                  {s.passed == null ? null : (
                    <Tag color={s.passed ? 'green' : 'red'}>{s.passed ? t('training.common.passed') : t('training.common.failed')}</Tag>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

/** 扣分到人: the failed inspection items charged to this employee, newest first, with a link to each inspection. */
function EmployeeFindings({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(EmployeeFindingsQuery, { variables: { employeeId, first: 20, after } });
  const page = data?.employeeFindings;
  type Finding = NonNullable<typeof page>['nodes'][number];
  return (
    <Card
      size="small"
      title={`${t('findings.record.title')}${page ? ` (${page.totalCount})` : ''}`}
      style={{ marginBottom: 16 }}
      data-testid="record-findings"
    >
      {error && !page ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table<Finding>
            rowKey="id"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={page?.nodes ?? []}
            locale={{ emptyText: <EmptyState title={t('findings.record.empty')} /> }}
            onRow={() => ({ 'data-testid': 'finding-row' }) as never}
            columns={[
              { key: 'date', title: t('findings.record.date'), width: 120, render: (_, f) => f.localDate },
              {
                key: 'project',
                title: t('findings.record.project'),
                render: (_, f) => (f.project ? `${f.project.code} · ${f.project.name}` : '—'),
              },
              {
                key: 'standard',
                title: t('findings.record.standard'),
                render: (_, f) =>
                  f.standard
                    ? `${f.standard.code} ${i18n.language.startsWith('en') ? (f.standard.titleEn ?? f.standard.titleZh) : f.standard.titleZh}`
                    : '—',
              },
              { key: 'points', title: t('findings.record.pointsLost'), width: 90, render: (_, f) => f.pointsLost },
              {
                key: 'inspection',
                title: t('findings.record.inspection'),
                width: 120,
                render: (_, f) => (f.inspection ? <Link to={`/inspections/${f.inspection.id}`}>{t('findings.record.open')}</Link> : '—'),
              },
            ]}
          />
          {page && (after || page.pageInfo.hasNextPage) ? (
            <Space style={{ marginTop: 8 }}>
              {after ? <Button onClick={() => setAfter(null)}>{t('findings.record.first')}</Button> : null}
              {page.pageInfo.hasNextPage ? (
                <Button onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>{t('findings.record.more')}</Button>
              ) : null}
            </Space>
          ) : null}
        </>
      )}
    </Card>
  );
}
