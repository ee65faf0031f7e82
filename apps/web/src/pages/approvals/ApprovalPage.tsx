// One approval request: its steps as submitted (the flow version it keeps), who decided what, what is
// approved (a handbook revision shows its diff), and approve / reject (reason required) for the
// current step's approvers, withdraw for the requester.
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { HandbookDiffView } from '../handbooks/HandbookDiffView';
import { ApprovalRequestQuery, ApproveRequestMutation, RejectRequestMutation, WithdrawRequestMutation } from './approvals.operations';
import { STATUS_COLORS } from './ApprovalsPage';

export default function ApprovalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const q = useQuery(ApprovalRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [approve, approving] = useMutation(ApproveRequestMutation);
  const [reject, rejecting] = useMutation(RejectRequestMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawRequestMutation);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [form] = Form.useForm<{ reason: string }>();

  if (q.loading && !q.data) return <PageSkeleton />;
  if (q.error && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data?.approvalRequest;
  if (!r) return null;
  const mine = q.data?.me?.user?.id === r.requester.id;
  const current = r.stepIndex ?? (r.status === 'APPROVED' ? r.steps.length : 0);

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
      await q.refetch();
    } catch (e) {
      reportError(e);
    }
  };

  return (
    <div data-testid="approval-page">
      <PageHeader
        onBack={() => navigate('/approvals')}
        title={<span data-testid="approval-title">{r.title}</span>}
        tags={
          <Tag data-testid="approval-status" color={STATUS_COLORS[r.status]}>
            {tr(`approvals.statuses.${r.status}`)}
          </Tag>
        }
        extra={
          <Space>
            {r.canDecide && (
              <>
                <Input
                  data-testid="approval-comment"
                  placeholder={t('approvals.comment')}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  style={{ width: 220 }}
                  maxLength={500}
                />
                <Button
                  type="primary"
                  data-testid="approve"
                  loading={approving.loading}
                  onClick={() =>
                    void act(
                      () => approve({ variables: { id: r.id, comment: comment.trim() || null, expectedVersion: r.version } }),
                      t('approvals.approved'),
                    )
                  }
                >
                  {t('approvals.approve')}
                </Button>
                <Button danger data-testid="reject" onClick={() => setRejectOpen(true)}>
                  {t('approvals.reject')}
                </Button>
              </>
            )}
            {mine && r.status === 'PENDING_APPROVAL' && (
              <Button
                data-testid="withdraw"
                loading={withdrawing.loading}
                onClick={() => void act(() => withdraw({ variables: { id: r.id, expectedVersion: r.version } }), t('approvals.withdrawn'))}
              >
                {t('approvals.withdraw')}
              </Button>
            )}
          </Space>
        }
      />
      <Card variant="borderless">
        {r.status === 'REJECTED' && (
          <Alert
            data-testid="approval-reason"
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('approvals.reason')}：${r.reason ?? ''}`}
          />
        )}
        <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('approvals.columns.kind')}>{tr(`approvals.kinds.${r.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('approvals.requester')}>{r.requester.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('approvals.columns.createdAt')}>{formatDateTime(r.createdAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>
          {t('approvals.steps')} <Typography.Text type="secondary">{t('approvals.flowVersion', { n: r.flowNumber })}</Typography.Text>
        </Typography.Title>
        <Steps
          data-testid="approval-steps"
          size="small"
          current={current}
          status={r.status === 'REJECTED' ? 'error' : r.status === 'APPROVED' ? 'finish' : 'process'}
          items={r.steps.map((s) => ({
            title: s.name,
            description: `${tr(`approvals.approverKinds.${s.approverKind}`)} · ${tr(`approvals.modes.${s.mode}`)}${
              s.minAmount != null ? ` · ${t('approvals.skippedBelow', { amount: s.minAmount })}` : ''
            }`,
          }))}
          style={{ marginBottom: 16 }}
        />
        <Typography.Title level={5}>{t('approvals.history')}</Typography.Title>
        <Timeline
          data-testid="approval-history"
          items={r.history.map((h) => ({
            color: h.decision === 'APPROVED' ? 'green' : h.decision === 'REJECTED' ? 'red' : 'gray',
            children: (
              <span>
                {r.steps[h.stepIndex]?.name} · {h.user.displayName} ·{' '}
                {h.decision ? tr(`approvals.decisions.${h.decision}`) : t('approvals.waiting')}
                {h.decidedAt ? ` · ${formatDateTime(h.decidedAt)}` : ''}
                {h.comment ? `：${h.comment}` : ''}
              </span>
            ),
          }))}
        />
        {r.handbook && (
          <div data-testid="approval-subject">
            <Typography.Title level={5}>
              {t('approvals.diff', { n: r.handbookDiff?.fromNumber ?? 0 })}{' '}
              <Link to={`/handbooks/${r.handbook.id}`}>{t('approvals.openHandbook')}</Link>
            </Typography.Title>
            {r.handbookDiff && <HandbookDiffView diff={r.handbookDiff} zones={[]} />}
          </div>
        )}
      </Card>
      <Modal
        open={rejectOpen}
        title={t('approvals.reject')}
        okText={t('approvals.reject')}
        okButtonProps={{ danger: true, loading: rejecting.loading, 'data-testid': 'confirm-reject' } as never}
        onCancel={() => setRejectOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }) =>
            void act(async () => {
              await reject({ variables: { id: r.id, reason: reason.trim(), expectedVersion: r.version } });
              setRejectOpen(false);
            }, t('approvals.rejected'))
          }
        >
          <Form.Item
            name="reason"
            label={t('approvals.rejectReason')}
            rules={[{ required: true, whitespace: true, message: t('approvals.rejectReasonRequired') }]}
          >
            <Input.TextArea data-testid="reject-reason" rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
