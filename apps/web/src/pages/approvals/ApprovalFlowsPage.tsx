// 审批流程 (admins): per kind of request, a flow of ordered steps — a role, a department's head, the
// GM or named members; any one or all of them; an optional amount from which a step applies. Saving
// changed steps makes a new flow version; requests already running keep theirs.
import { useState } from 'react';
import { App, Button, Card, Collapse, Form, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_KINDS, APPROVAL_MODES, APPROVER_KINDS, ROLES, type ApprovalKind } from '@pinzhi/domain';
import { NumberInput } from '../../components/NumberInput';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import type { ApprovalFlowsQuery as Data, ApprovalStepInput } from '../../gql/graphql';
import { ApprovalFlowsQuery, SaveApprovalFlowMutation } from './approvals.operations';

type Flow = Data['approvalFlows'][number];
interface Values {
  name: string;
  active: boolean;
  steps: ApprovalStepInput[];
}

function FlowForm({ kind, flow, data, onSaved }: { kind: ApprovalKind; flow: Flow | undefined; data: Data; onSaved: () => void }) {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<Values>();
  const [save, saving] = useMutation(SaveApprovalFlowMutation);
  const initial: Values = {
    name: flow?.name ?? tr(`approvals.kinds.${kind}`),
    active: flow?.active ?? false,
    steps: (flow?.steps ?? []).map((s) => ({
      name: s.name,
      approverKind: s.approverKind,
      role: s.role ?? undefined,
      departmentId: s.departmentId ?? undefined,
      userIds: s.userIds,
      mode: s.mode,
      minAmount: s.minAmount ?? undefined,
    })),
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      data-testid={`flow-form-${kind}`}
      onFinish={async (values) => {
        try {
          await save({
            variables: {
              input: { kind, name: values.name, active: values.active, steps: values.steps ?? [] },
              expectedVersion: flow?.version,
            },
          });
          void message.success(t('approvals.saved'));
          onSaved();
        } catch (e) {
          reportError(e, { form });
        }
      }}
    >
      <Space align="start" wrap>
        <Form.Item name="name" label={t('approvals.flowName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="active" label={t('approvals.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <Form.List name="steps">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 8 }}
                title={t('approvals.stepOf', { n: i + 1 })}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('approvals.remove')}
                  />
                }
              >
                <Space align="start" wrap>
                  <Form.Item name={[field.name, 'name']} label={t('approvals.stepName')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={60} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'approverKind']} label={t('approvals.approverKind')} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 160 }}
                      options={APPROVER_KINDS.map((k) => ({ value: k, label: tr(`approvals.approverKinds.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const k = form.getFieldValue(['steps', field.name, 'approverKind']);
                      if (k === 'ROLE')
                        return (
                          <Form.Item name={[field.name, 'role']} label={t('approvals.role')} rules={[{ required: true }]}>
                            <Select style={{ width: 160 }} options={ROLES.map((r) => ({ value: r, label: tr(`roles.${r}`) }))} />
                          </Form.Item>
                        );
                      if (k === 'DEPARTMENT_HEAD')
                        return (
                          <Form.Item name={[field.name, 'departmentId']} label={t('approvals.department')} rules={[{ required: true }]}>
                            <Select style={{ width: 200 }} options={data.departments.map((d) => ({ value: d.id, label: d.name }))} />
                          </Form.Item>
                        );
                      if (k === 'MEMBERS')
                        return (
                          <Form.Item name={[field.name, 'userIds']} label={t('approvals.members')} rules={[{ required: true }]}>
                            <Select
                              mode="multiple"
                              style={{ width: 260 }}
                              options={data.members.nodes.map((m) => ({ value: m.user.id, label: m.user.displayName }))}
                            />
                          </Form.Item>
                        );
                      return null;
                    }}
                  </Form.Item>
                  <Form.Item name={[field.name, 'mode']} label={t('approvals.mode')} initialValue="ONE">
                    <Select style={{ width: 140 }} options={APPROVAL_MODES.map((m) => ({ value: m, label: tr(`approvals.modes.${m}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minAmount']} label={t('approvals.minAmount')}>
                    <NumberInput min={0} style={{ width: 160 }} />
                  </Form.Item>
                </Space>
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', approverKind: 'GENERAL_MANAGER', mode: 'ONE' })}
              style={{ marginBottom: 12 }}
            >
              {t('approvals.addStep')}
            </Button>
          </>
        )}
      </Form.List>
      <div>
        <Button type="primary" htmlType="submit" loading={saving.loading} data-testid={`save-flow-${kind}`}>
          {t('approvals.save')}
        </Button>
      </div>
    </Form>
  );
}

export default function ApprovalFlowsPage() {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const q = useQuery(ApprovalFlowsQuery, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string[]>([]);
  if (q.loading && !q.data) return <PageSkeleton />;
  if (q.error && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data!;
  const byKind = new Map(data.approvalFlows.map((f) => [f.kind, f]));
  return (
    <div data-testid="approval-flows-page">
      <PageHeader title={t('approvals.flowsTitle')} subTitle={t('approvals.flowsSubtitle')} />
      <Collapse
        activeKey={open}
        onChange={(keys) => setOpen(keys as string[])}
        items={APPROVAL_KINDS.map((kind) => {
          const flow = byKind.get(kind);
          return {
            key: kind,
            label: (
              <Space>
                <Typography.Text strong>{tr(`approvals.kinds.${kind}`)}</Typography.Text>
                {flow ? (
                  <Tag color={flow.active ? 'green' : 'default'}>
                    {flow.steps.map((s) => s.name).join(' → ') || '—'} · V{flow.latestNumber}
                  </Tag>
                ) : (
                  <Tag>{t('approvals.notSet')}</Tag>
                )}
              </Space>
            ),
            children: <FlowForm kind={kind} flow={flow} data={data} onSaved={() => void q.refetch()} />,
          };
        })}
      />
    </div>
  );
}
