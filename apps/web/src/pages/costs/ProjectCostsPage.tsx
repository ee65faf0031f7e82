// 项目运营成本: budget vs actual by month (chart), the month grid (enter or correct a month, amounts in
// yuan → fen), the flag per month, review decisions with history, and the Excel import.
import { lazy, Suspense, useEffect, useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Radio, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, COST_DECISIONS, COST_EDITORS, COST_REVIEWERS, parseYuan } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs, formatDateTime } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { useMe } from '../../session/SessionProvider';
import { pct, yuan } from './CostsPage';
import { ImportCostsModal } from './ImportCostsModal';
import { ProjectCostsQuery, ReviewCostsMutation, SaveCostMonthMutation } from './costs.operations';
import type { ProjectCostsQuery as Data } from '../../gql/graphql';

const CostChart = lazy(() => import('./CostChart'));
type Month = Data['projectCosts']['months'][number];

function MonthGrid({ projectId, month, data, onSaved }: { projectId: string; month: Month; data: Data; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reportError = useMutationErrors();
  const [save, saving] = useMutation(SaveCostMonthMutation);
  useEffect(() => {
    form.setFieldsValue(
      Object.fromEntries(
        month.categories.flatMap((c) => [
          [`${c.category}.budget`, c.budgetFen / 100],
          [`${c.category}.actual`, c.actualFen / 100],
        ]),
      ),
    );
  }, [form, month]);
  const submit = async (v: Record<string, number | null>) => {
    const entries = data.projectCosts.entries.filter((e) => e.month === month.month);
    const lines = COST_CATEGORIES.map((category) => ({
      category,
      budgetFen: parseYuan(String(v[`${category}.budget`] ?? 0)) ?? 0,
      actualFen: parseYuan(String(v[`${category}.actual`] ?? 0)) ?? 0,
      expectedVersion: entries.find((e) => e.category === category)?.version ?? null,
    }));
    try {
      await save({ variables: { input: { projectId, month: month.month, lines: lines as never } } });
      void message.success(t('costs.project.saved'));
      onSaved();
    } catch (e) {
      reportError(e, { onReload: onSaved });
    }
  };
  return (
    <Form form={form} onFinish={(v) => void submit(v)} data-testid="month-grid">
      <Table
        size="small"
        rowKey="category"
        pagination={false}
        dataSource={month.categories}
        columns={[
          { key: 'c', title: t('costs.project.category'), render: (_, c) => t(`costs.categories.${c.category}`) },
          {
            key: 'b',
            title: t('costs.overview.budget'),
            render: (_, c) => (
              <Form.Item noStyle name={`${c.category}.budget`} rules={[numberRange(t, { min: 0, max: 20000000 })]}>
                <NumberInput min={0} max={20000000} precision={2} style={{ width: 150 }} inlineError />
              </Form.Item>
            ),
          },
          {
            key: 'a',
            title: t('costs.overview.actual'),
            render: (_, c) => (
              <Form.Item noStyle name={`${c.category}.actual`} rules={[numberRange(t, { min: 0, max: 20000000 })]}>
                <NumberInput min={0} max={20000000} precision={2} style={{ width: 150 }} inlineError />
              </Form.Item>
            ),
          },
          {
            key: 'p',
            title: t('costs.overview.variancePercent'),
            align: 'right',
            render: (_, c) => <Typography.Text type={c.flagged ? 'danger' : undefined}>{pct(c.variancePercent)}</Typography.Text>,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('costs.project.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1}>{yuan(month.total.budgetFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={2}>{yuan(month.total.actualFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {pct(month.total.variancePercent)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Button type="primary" htmlType="submit" loading={saving.loading} style={{ marginTop: 12 }}>
        {t('costs.project.save')}
      </Button>
    </Form>
  );
}

function ReviewModal({
  projectId,
  month,
  open,
  onClose,
  onDone,
}: {
  projectId: string;
  month: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reportError = useMutationErrors();
  const [review, reviewing] = useMutation(ReviewCostsMutation);
  const submit = async (v: { decision: string; note?: string }) => {
    try {
      await review({ variables: { input: { projectId, month, decision: v.decision as never, note: v.note || null } } });
      void message.success(t('costs.project.reviewed'));
      onClose();
      onDone();
    } catch (e) {
      reportError(e, { form, fields: ['decision', 'note'] });
    }
  };
  return (
    <Modal
      open={open}
      title={`${t('costs.project.reviewMonth')} · ${month}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={reviewing.loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ decision: 'ACCEPTED' }}>
        <Form.Item name="decision" label={t('costs.project.decision')} rules={[{ required: true }]}>
          <Radio.Group options={COST_DECISIONS.map((d) => ({ value: d, label: t(`costs.decisions.${d}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {() => (
            <Form.Item
              name="note"
              label={t('costs.project.note')}
              rules={[{ required: form.getFieldValue('decision') !== 'ACCEPTED' }, { max: 1000 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function ProjectCostsPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const { params, update } = useQueryState();
  const year = Number(params.get('year')) || dayjs().year();
  const { data, previousData, loading, error, refetch } = useQuery(ProjectCostsQuery, { variables: { projectId, year } });
  const d = data ?? previousData;
  const months = d?.projectCosts.months ?? [];
  const latestWithData = [...months].reverse().find((m) => m.total.budgetFen + m.total.actualFen > 0)?.month ?? months[0]?.month;
  const selected = params.get('month') && months.some((m) => m.month === params.get('month')) ? params.get('month')! : latestWithData;
  const month = months.find((m) => m.month === selected);
  const [reviewing, setReviewing] = useState(false);
  const [importing, setImporting] = useState(false);
  const editor = COST_EDITORS.includes(me.role);
  const reviewer = COST_REVIEWERS.includes(me.role);
  if (error && !d) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!d || (loading && !d)) return <PageSkeleton />;
  const total = d.projectCosts.total;
  return (
    <>
      <PageHeader
        title={t('costs.project.title', { name: d.project ? `${d.project.code} ${d.project.name}` : '' })}
        onBack={() => navigate('/costs')}
        tags={
          total.flagged ? (
            <Tag color="red" icon={<WarningOutlined />}>
              {t('costs.overview.flagged')}
            </Tag>
          ) : null
        }
        extra={
          <Space>
            <DatePicker
              picker="year"
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              onChange={(v) => v && update({ year: String(v.year()), month: undefined })}
            />
            {editor ? <Button onClick={() => setImporting(true)}>{t('costs.project.import')}</Button> : null}
          </Space>
        }
      />
      <Space size={48} style={{ marginBottom: 16 }} wrap>
        <Statistic title={t('costs.overview.budget')} value={yuan(total.budgetFen)} />
        <Statistic title={t('costs.overview.actual')} value={yuan(total.actualFen)} />
        <Statistic
          title={t('costs.overview.variancePercent')}
          value={pct(total.variancePercent)}
          valueStyle={{ color: total.flagged ? '#cf1322' : undefined }}
        />
      </Space>
      <Card title={t('costs.project.chart')} size="small" style={{ marginBottom: 16 }}>
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <CostChart
            data={months.map((m) => {
              const empty = m.total.budgetFen + m.total.actualFen === 0;
              return {
                month: m.month.slice(5),
                budget: empty ? null : m.total.budgetFen / 100,
                actual: empty ? null : m.total.actualFen / 100,
                flagged: m.total.flagged,
              };
            })}
          />
        </Suspense>
        <Space wrap style={{ marginTop: 8 }} data-testid="month-flags">
          {months.map((m) => (
            <Tag
              key={m.month}
              color={m.total.flagged ? 'red' : m.month === selected ? 'blue' : 'default'}
              style={{ cursor: 'pointer' }}
              onClick={() => update({ month: m.month })}
              data-testid={m.total.flagged ? 'month-flagged' : undefined}
            >
              {m.month.slice(5)}月 {pct(m.total.variancePercent)}
              {m.lastReview ? ` · ${t(`costs.decisions.${m.lastReview.decision}`)}` : ''}
            </Tag>
          ))}
        </Space>
      </Card>
      {month ? (
        <Card
          size="small"
          style={{ marginBottom: 16 }}
          title={
            <Space>
              {t('costs.project.grid')}
              <Select
                value={month.month}
                onChange={(v) => update({ month: v })}
                options={months.map((m) => ({ value: m.month, label: m.month }))}
                style={{ width: 120 }}
              />
              {month.total.flagged ? <Tag color="red">{t('costs.overview.flagged')}</Tag> : null}
            </Space>
          }
          extra={
            reviewer && month.total.flagged ? (
              <Button onClick={() => setReviewing(true)} data-testid="review-month">
                {t('costs.project.reviewMonth')}
              </Button>
            ) : null
          }
        >
          {editor ? (
            <MonthGrid projectId={projectId} month={month} data={d} onSaved={() => void refetch()} />
          ) : (
            <Table
              size="small"
              rowKey="category"
              pagination={false}
              dataSource={month.categories}
              columns={[
                { key: 'c', title: t('costs.project.category'), render: (_, c) => t(`costs.categories.${c.category}`) },
                { key: 'b', title: t('costs.overview.budget'), align: 'right', render: (_, c) => yuan(c.budgetFen) },
                { key: 'a', title: t('costs.overview.actual'), align: 'right', render: (_, c) => yuan(c.actualFen) },
                {
                  key: 'p',
                  title: t('costs.overview.variancePercent'),
                  align: 'right',
                  render: (_, c) => <Typography.Text type={c.flagged ? 'danger' : undefined}>{pct(c.variancePercent)}</Typography.Text>,
                },
              ]}
            />
          )}
        </Card>
      ) : null}
      <Card size="small" title={t('costs.project.reviews')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.costReviews}
          locale={{ emptyText: t('costs.project.noReviews') }}
          data-testid="cost-reviews"
          columns={[
            { key: 'm', title: t('costs.project.month'), dataIndex: 'month' },
            { key: 'd', title: t('costs.project.decision'), render: (_, r) => t(`costs.decisions.${r.decision}`) },
            { key: 'n', title: t('costs.project.note'), render: (_, r) => r.note ?? '—' },
            { key: 'r', title: t('costs.project.reviewer'), render: (_, r) => r.reviewer?.displayName ?? '—' },
            { key: 't', title: '', render: (_, r) => formatDateTime(r.createdAt) },
          ]}
        />
      </Card>
      {month ? (
        <ReviewModal
          projectId={projectId}
          month={month.month}
          open={reviewing}
          onClose={() => setReviewing(false)}
          onDone={() => void refetch()}
        />
      ) : null}
      <ImportCostsModal open={importing} onClose={() => setImporting(false)} onImported={() => void refetch()} />
    </>
  );
}
