// 扣分到人 on the project page: findings charged to employees, per employee and standard (most first),
// with a date range in the URL and cursor pages; each employee links to their training record.
import { useState } from 'react';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FINDINGS_RETRAINING_THRESHOLD } from '@pinzhi/domain';
import { DateField } from '../../components/DateFields';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { useQueryState } from '../../lib/url-state';
import { ProjectFindingsQuery } from './inspections.operations';
import type { ProjectFindingsQuery as Data } from '../../gql/graphql';

type Row = Data['projectFindings']['nodes'][number];

export default function ProjectFindingsTab({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const { params, update } = useQueryState();
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ProjectFindingsQuery, { variables: { projectId, from, to, first: 50, after } });
  const page = data?.projectFindings;
  if (error && !page) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <div data-testid="project-findings">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('findings.project.hint', { threshold: FINDINGS_RETRAINING_THRESHOLD })}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('findings.project.from')}</Typography.Text>
        <DateField
          value={from}
          onChange={(v: string | null) => {
            setAfter(null);
            update({ from: v ?? undefined });
          }}
        />
        <Typography.Text type="secondary">{t('findings.project.to')}</Typography.Text>
        <DateField
          value={to}
          onChange={(v: string | null) => {
            setAfter(null);
            update({ to: v ?? undefined });
          }}
        />
      </Space>
      <Table<Row>
        rowKey={(r) => `${r.employee?.id}/${r.standard?.id}`}
        size="small"
        loading={loading}
        pagination={false}
        dataSource={page?.nodes ?? []}
        locale={{ emptyText: <EmptyState title={t('findings.project.empty')} /> }}
        onRow={() => ({ 'data-testid': 'project-finding-row' }) as never}
        columns={[
          {
            key: 'employee',
            title: t('findings.project.employee'),
            render: (_, r) =>
              r.employee ? (
                <Link to={`/training/employees/${r.employee.id}`}>
                  {r.employee.name}
                  {r.employee.employeeNo ? ` · ${r.employee.employeeNo}` : ''}
                </Link>
              ) : (
                '—'
              ),
          },
          { key: 'position', title: t('findings.project.position'), width: 100, render: (_, r) => r.employee?.position?.name ?? '—' },
          {
            key: 'standard',
            title: t('findings.project.standard'),
            render: (_, r) =>
              r.standard
                ? `${r.standard.code} ${i18n.language.startsWith('en') ? (r.standard.titleEn ?? r.standard.titleZh) : r.standard.titleZh}`
                : '—',
          },
          {
            key: 'count',
            title: t('findings.project.count'),
            width: 90,
            render: (_, r) => (
              <Typography.Text
                type={r.count >= FINDINGS_RETRAINING_THRESHOLD ? 'danger' : undefined}
                strong={r.count >= FINDINGS_RETRAINING_THRESHOLD}
              >
                {r.count}
              </Typography.Text>
            ),
          },
          { key: 'points', title: t('findings.project.pointsLost'), width: 100, render: (_, r) => r.pointsLost },
          { key: 'last', title: t('findings.project.lastDate'), width: 120, render: (_, r) => r.lastDate },
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
    </div>
  );
}
