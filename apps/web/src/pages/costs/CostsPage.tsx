// 运营成本: projects with budget, actual and variance for a month or a year, flagged when over the
// tenant threshold (period in the URL); the tenant admin changes the threshold.
import { useState } from 'react';
import { App, Button, DatePicker, Modal, Segmented, Space, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { NumberInput, numberProblem } from '../../components/NumberInput';
import { WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { byText, byValue, ListPage, useListState } from '../../components/list-page';
import { EmptyState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs } from '../../lib/format';
import { useMe } from '../../session/SessionProvider';
import { CostOverviewQuery, UpdateCostSettingsMutation } from './costs.operations';
import type { CostOverviewQuery as Data } from '../../gql/graphql';

type Row = Data['costOverview']['nodes'][number];
/** Fen as money ("¥12,345.67", "-¥4,085.00"): the app's one money formatter. */
export const yuan = (fen: number) => formatMoney(fen);
export const pct = (p: number | null | undefined) => (p == null ? '—' : `${p > 0 ? '+' : ''}${p.toFixed(2)}%`);

/** The last full month (China), the default period. */
const lastMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

/** Sorted in the browser: the period's rows come whole, and the variance is computed per row. */
const SORTS = { project: true, budget: true, actual: true, variance: true, pct: true } as const;

export default function CostsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const reportError = useMutationErrors();
  const list = useListState({ sorts: SORTS, paging: 'none' });
  const { params, update } = list;
  const period = params.get('period') || lastMonth();
  const flaggedOnly = params.get('flagged') === '1';
  const byYear = period.length === 4;
  const query = useQuery(CostOverviewQuery, { variables: { period, first: 100 } });
  const d = query.data ?? query.previousData;
  const [saveSettings, saving] = useMutation(UpdateCostSettingsMutation);
  // The threshold dialog: null = closed; its value may be empty or out of range while typing.
  const [editing, setEditing] = useState<{ percent: number | null } | null>(null);
  const rows = d?.costOverview.nodes.filter((r) => !flaggedOnly || r.flagged);
  const columns: TableColumnsType<Row> = [
    {
      key: 'project',
      title: t('costs.overview.project'),
      sorter: byText((r) => r.project?.code),
      render: (_, r) =>
        r.project ? <Link to={`/costs/${r.project.id}?year=${period.slice(0, 4)}`}>{`${r.project.code} ${r.project.name}`}</Link> : '—',
    },
    { key: 'region', title: t('costs.overview.region'), render: (_, r) => r.project?.region?.name ?? '—' },
    {
      key: 'budget',
      title: t('costs.overview.budget'),
      align: 'right',
      sorter: byValue((r) => r.budgetFen),
      render: (_, r) => yuan(r.budgetFen),
    },
    {
      key: 'actual',
      title: t('costs.overview.actual'),
      align: 'right',
      sorter: byValue((r) => r.actualFen),
      render: (_, r) => yuan(r.actualFen),
    },
    {
      key: 'variance',
      title: t('costs.overview.variance'),
      align: 'right',
      sorter: byValue((r) => r.varianceFen),
      render: (_, r) => <Typography.Text type={r.varianceFen > 0 ? 'danger' : undefined}>{yuan(r.varianceFen)}</Typography.Text>,
    },
    {
      key: 'pct',
      title: t('costs.overview.variancePercent'),
      align: 'right',
      sorter: byValue((r) => r.variancePercent),
      render: (_, r) => pct(r.variancePercent),
    },
    {
      key: 'flag',
      title: t('costs.overview.flag'),
      render: (_, r) =>
        r.flagged ? (
          <Tag color="red" icon={<WarningOutlined />} data-testid="flag">
            {t('costs.overview.flagged')}
          </Tag>
        ) : r.budgetFen <= 0 ? (
          // Without a budget there is nothing to be within: not 正常.
          <Tag color={r.actualFen > 0 ? 'orange' : 'default'} data-testid="no-budget">
            {t('costs.overview.noBudget')}
          </Tag>
        ) : (
          <Tag color="green">{t('costs.overview.ok')}</Tag>
        ),
    },
    {
      key: 'review',
      title: t('costs.overview.review'),
      render: (_, r) => (r.lastReview ? t(`costs.decisions.${r.lastReview.decision}`) : '—'),
    },
  ];
  const thresholdPercent = (d?.costSettings.thresholdBp ?? 500) / 100;
  return (
    <>
      <PageHeader
        title={t('costs.overview.title')}
        subTitle={t('costs.overview.subtitle')}
        extra={
          <Space wrap>
            <Segmented
              value={byYear ? 'year' : 'month'}
              onChange={(v) =>
                update({ period: v === 'year' ? period.slice(0, 4) : `${period.slice(0, 4)}-${byYear ? '01' : period.slice(5)}` })
              }
              options={[
                { value: 'month', label: t('costs.overview.month') },
                { value: 'year', label: t('costs.overview.year') },
              ]}
            />
            <DatePicker
              picker={byYear ? 'year' : 'month'}
              allowClear={false}
              value={dayjs(byYear ? `${period}-01-01` : `${period}-01`)}
              onChange={(v) => v && update({ period: v.format(byYear ? 'YYYY' : 'YYYY-MM') })}
              data-testid="cost-period"
            />
            <Space>
              <Switch size="small" checked={flaggedOnly} onChange={(v) => update({ flagged: v ? '1' : undefined })} />
              {t('costs.overview.flaggedOnly')}
            </Space>
          </Space>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('costs.overview.threshold', { percent: thresholdPercent })}</Typography.Text>
        {me.role === 'TENANT_ADMIN' ? (
          <Button size="small" type="link" onClick={() => setEditing({ percent: thresholdPercent })}>
            {t('costs.overview.changeThreshold')}
          </Button>
        ) : null}
      </Space>
      <ListPage<Row>
        list={list}
        query={query}
        rows={rows}
        columns={columns}
        empty={<EmptyState title={t('costs.overview.empty')} />}
        testIds={{ table: 'cost-overview' }}
        rowClassName={(r) => (r.flagged ? 'row-flagged' : '')}
      />
      <Modal
        open={editing !== null}
        title={t('costs.overview.changeThreshold')}
        confirmLoading={saving.loading}
        onCancel={() => setEditing(null)}
        okButtonProps={{ disabled: numberProblem(t, editing?.percent, { min: 0, max: 100 }) !== null || editing?.percent == null }}
        onOk={() =>
          void saveSettings({
            variables: { thresholdBp: Math.round((editing?.percent ?? 0) * 100), expectedVersion: d?.costSettings.version ?? 0 },
          }).then(
            () => {
              setEditing(null);
              void message.success(t('costs.project.saved'));
              void query.refetch();
            },
            (e: unknown) => reportError(e, { onReload: () => void query.refetch() }),
          )
        }
      >
        <Space>
          {t('costs.overview.thresholdPercent')}
          <NumberInput min={0} max={100} step={0.5} value={editing?.percent} onChange={(percent) => setEditing({ percent })} inlineError />
        </Space>
      </Modal>
    </>
  );
}
