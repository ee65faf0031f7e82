// 服务方案: editable sections, a staffing plan and other monthly costs with a live cost estimate
// (the same proposalMonthlyCost the server uses); print view and Excel export.
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Select, Space } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ONBOARDING_RULES, proposalMonthlyCost, formatMoney, yuanToFen } from '@pinzhi/domain';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { SaveProposalMutation } from './onboarding.operations';
import type { OnboardingView } from './OnboardingPage';

interface ProposalValues {
  title: string;
  sections: Array<{ key?: string | null; title: string; body: string }>;
  staffing: Array<{ positionId: string; headcount: number; monthlyCostPerHead: number }>;
  otherCosts: Array<{ item: string; monthlyAmount: number }>;
}

const FIELDS = ['title', 'sections', 'staffing', 'otherCosts'] as const;
/** Yuan amounts through the app's one money formatter. */
const money = (yuan: number) => formatMoney(yuanToFen(yuan));

export function ProposalEditor({
  o,
  positions,
  onSaved,
}: {
  o: OnboardingView;
  positions: Array<{ id: string; name: string }>;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useMutationErrors();
  const { download, pending } = useDownload();
  const [form] = Form.useForm<ProposalValues>();
  const [save, saving] = useMutation(SaveProposalMutation);
  const p = o.proposal;
  const editable = o.status === 'ACTIVE';
  const staffing = Form.useWatch('staffing', form) ?? [];
  const otherCosts = Form.useWatch('otherCosts', form) ?? [];
  const cost = proposalMonthlyCost({
    staffing: staffing.filter(Boolean).map((s) => ({
      positionId: s.positionId,
      headcount: Number(s.headcount) || 0,
      monthlyCostPerHead: Number(s.monthlyCostPerHead) || 0,
    })),
    otherCosts: otherCosts.filter(Boolean).map((c) => ({ item: c.item, monthlyAmount: Number(c.monthlyAmount) || 0 })),
  });
  if (!p) return null;
  const initial: ProposalValues = {
    title: p.title,
    sections: p.sections.map(({ key, title, body }) => ({ key, title, body })),
    staffing: p.staffing.map(({ positionId, headcount, monthlyCostPerHead }) => ({ positionId, headcount, monthlyCostPerHead })),
    otherCosts: p.otherCosts.map(({ item, monthlyAmount }) => ({ item, monthlyAmount })),
  };
  const submit = (v: ProposalValues) =>
    save({
      variables: {
        onboardingId: o.id,
        expectedVersion: p.version,
        input: { title: v.title, sections: v.sections ?? [], staffing: v.staffing ?? [], otherCosts: v.otherCosts ?? [] },
      },
    })
      .then(() => {
        void message.success(t('onboarding.common.saved'));
        onSaved();
      })
      .catch((e) => onError(e, { form, fields: FIELDS, onReload: onSaved }));
  return (
    <Form<ProposalValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      disabled={!editable}
      data-testid="proposal-form"
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Link to={`/onboarding/${o.id}/proposal`} target="_blank" data-testid="proposal-print">
          <Button icon={<PrinterOutlined />} disabled={false}>
            {t('onboarding.proposal.print')}
          </Button>
        </Link>
        <Button
          icon={<DownloadOutlined />}
          disabled={false}
          loading={pending !== null}
          onClick={() => void download(`/downloads/onboardings/${o.id}/proposal.xlsx`, `服务方案-${o.project?.code ?? ''}.xlsx`)}
          data-testid="proposal-export"
        >
          {t('onboarding.proposal.export')}
        </Button>
      </Space>
      <Form.Item name="title" label={t('onboarding.proposal.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="proposal-title" />
      </Form.Item>
      <Card size="small" title={t('onboarding.proposal.sections')} style={{ marginBottom: 12 }}>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} data-testid="proposal-section">
                  <Form.Item name={[f.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Row gutter={8}>
                    <Col flex="auto">
                      <Form.Item name={[f.name, 'title']} rules={[{ required: true, max: 200 }]}>
                        <Input placeholder={t('onboarding.proposal.sectionTitle')} />
                      </Form.Item>
                    </Col>
                    <Col flex="none">
                      {editable ? (
                        <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" />
                      ) : null}
                    </Col>
                  </Row>
                  <Form.Item name={[f.name, 'body']} rules={[{ max: 2000 }]}>
                    <Input.TextArea rows={3} placeholder={t('onboarding.proposal.body')} data-testid="proposal-body" />
                  </Form.Item>
                </div>
              ))}
              {editable ? (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', body: '' })}>
                  {t('onboarding.proposal.addSection')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('onboarding.proposal.staffing')} style={{ marginBottom: 12 }}>
        <Form.List name="staffing">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8} data-testid="proposal-staffing-row">
                  <Col flex="0 0 180px">
                    <Form.Item name={[f.name, 'positionId']} rules={[{ required: true }]}>
                      <Select
                        placeholder={t('onboarding.survey.position')}
                        options={positions.map((x) => ({ value: x.id, label: x.name }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="0 0 120px">
                    <Form.Item
                      name={[f.name, 'headcount']}
                      rules={[
                        { required: true, message: t('validation.REQUIRED') },
                        numberRange(t, { ...ONBOARDING_RULES.headcount, integer: true }),
                      ]}
                    >
                      <NumberInput min={0} max={2000} integer style={{ width: '100%' }} placeholder={t('onboarding.survey.headcount')} />
                    </Form.Item>
                  </Col>
                  <Col flex="0 0 200px">
                    <Form.Item
                      name={[f.name, 'monthlyCostPerHead']}
                      rules={[{ required: true, message: t('validation.REQUIRED') }, numberRange(t, ONBOARDING_RULES.amount)]}
                    >
                      <NumberInput
                        min={0}
                        max={ONBOARDING_RULES.amount.max}
                        style={{ width: '100%' }}
                        placeholder={t('onboarding.proposal.monthlyCostPerHead')}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    {editable ? <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" /> : null}
                  </Col>
                </Row>
              ))}
              {editable ? (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ headcount: 1, monthlyCostPerHead: 0 })}>
                  {t('onboarding.survey.add')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('onboarding.proposal.otherCosts')} style={{ marginBottom: 12 }}>
        <Form.List name="otherCosts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8}>
                  <Col flex="1 1 200px">
                    <Form.Item name={[f.name, 'item']} rules={[{ required: true, max: 100 }]}>
                      <Input placeholder={t('onboarding.proposal.item')} />
                    </Form.Item>
                  </Col>
                  <Col flex="0 0 200px">
                    <Form.Item
                      name={[f.name, 'monthlyAmount']}
                      rules={[{ required: true, message: t('validation.REQUIRED') }, numberRange(t, ONBOARDING_RULES.amount)]}
                    >
                      <NumberInput
                        min={0}
                        max={ONBOARDING_RULES.amount.max}
                        style={{ width: '100%' }}
                        placeholder={t('onboarding.proposal.amount')}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    {editable ? <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" /> : null}
                  </Col>
                </Row>
              ))}
              {editable ? (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ item: '', monthlyAmount: 0 })}>
                  {t('onboarding.survey.add')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
      </Card>
      <Descriptions
        size="small"
        bordered
        column={3}
        title={t('onboarding.proposal.monthlyCost')}
        style={{ marginBottom: 12 }}
        data-testid="proposal-cost"
      >
        <Descriptions.Item label={t('onboarding.proposal.staffCost')}>{money(cost.staff)}</Descriptions.Item>
        <Descriptions.Item label={t('onboarding.proposal.otherCost')}>{money(cost.other)}</Descriptions.Item>
        <Descriptions.Item label={t('onboarding.proposal.total')}>
          <span data-testid="proposal-total">{money(cost.total)}</span>
        </Descriptions.Item>
      </Descriptions>
      {editable ? (
        <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="proposal-save">
          {t('onboarding.common.save')}
        </Button>
      ) : null}
    </Form>
  );
}
