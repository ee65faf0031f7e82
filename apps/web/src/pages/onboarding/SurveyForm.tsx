// 现场勘查表: areas, facilities, staffing estimate per position, risks — saved whole; server
// field errors land on the row and field they name.
import { App, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ONBOARDING_RULES, RISK_LEVELS, type RiskLevel } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { SaveSurveyMutation } from './onboarding.operations';
import type { OnboardingView } from './OnboardingPage';
import { DateField } from '../../components/DateFields';

interface SurveyValues {
  surveyedOn?: string | null;
  summary?: string | null;
  areas: Array<{ name: string; squareMeters: number; note?: string | null }>;
  facilities: Array<{ name: string; quantity: number; condition?: string | null }>;
  staffing: Array<{ positionId: string; headcount: number }>;
  risks: Array<{ description: string; level: RiskLevel; mitigation?: string | null }>;
}

const FIELDS = ['surveyedOn', 'summary', 'areas', 'facilities', 'staffing', 'risks'] as const;

export function SurveyForm({
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
  const [form] = Form.useForm<SurveyValues>();
  const [save, saving] = useMutation(SaveSurveyMutation);
  const s = o.survey;
  const editable = o.status === 'ACTIVE';
  const initial: SurveyValues = {
    surveyedOn: s?.surveyedOn ?? null,
    summary: s?.summary ?? null,
    areas: (s?.areas ?? []).map(({ name, squareMeters, note }) => ({ name, squareMeters, note })),
    facilities: (s?.facilities ?? []).map(({ name, quantity, condition }) => ({ name, quantity, condition })),
    staffing: (s?.staffing ?? []).map(({ positionId, headcount }) => ({ positionId, headcount })),
    risks: (s?.risks ?? []).map(({ description, level, mitigation }) => ({ description, level: level as RiskLevel, mitigation })),
  };
  const submit = (v: SurveyValues) =>
    save({
      variables: {
        onboardingId: o.id,
        expectedVersion: s?.version ?? null,
        input: {
          surveyedOn: v.surveyedOn || null,
          summary: v.summary || null,
          areas: v.areas ?? [],
          facilities: v.facilities ?? [],
          staffing: v.staffing ?? [],
          risks: v.risks ?? [],
        },
      },
    })
      .then(() => {
        void message.success(t('onboarding.common.saved'));
        onSaved();
      })
      .catch((e) => onError(e, { form, fields: FIELDS, onReload: onSaved }));

  const rows = (
    name: 'areas' | 'facilities' | 'staffing' | 'risks',
    title: string,
    cols: (field: { name: number }) => React.ReactNode,
    blank: object,
  ) => (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="top" data-testid={`survey-${name}-row`}>
                {cols(field)}
                <Col flex="none">
                  {editable ? (
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
                  ) : null}
                </Col>
              </Row>
            ))}
            {editable ? (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank)} data-testid={`survey-add-${name}`}>
                {t('onboarding.survey.add')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </Card>
  );

  return (
    <Form<SurveyValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      disabled={!editable}
      data-testid="survey-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="surveyedOn" label={t('onboarding.survey.surveyedOn')}>
            <DateField data-testid="survey-date" />
          </Form.Item>
        </Col>
      </Row>
      {rows(
        'areas',
        t('onboarding.survey.areas'),
        (f) => (
          <>
            <Col flex="1 1 200px">
              <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 100 }]}>
                <Input placeholder={t('onboarding.survey.areaName')} data-testid="area-name" />
              </Form.Item>
            </Col>
            <Col flex="0 0 160px">
              <Form.Item
                name={[f.name, 'squareMeters']}
                rules={[{ required: true, message: t('validation.REQUIRED') }, numberRange(t, ONBOARDING_RULES.area)]}
              >
                <NumberInput
                  min={ONBOARDING_RULES.area.min}
                  max={ONBOARDING_RULES.area.max}
                  style={{ width: '100%' }}
                  placeholder={t('onboarding.survey.squareMeters')}
                  data-testid="area-size"
                />
              </Form.Item>
            </Col>
            <Col flex="1 1 200px">
              <Form.Item name={[f.name, 'note']} rules={[{ max: 500 }]}>
                <Input placeholder={t('onboarding.survey.note')} />
              </Form.Item>
            </Col>
          </>
        ),
        { name: '', squareMeters: 0 },
      )}
      {rows(
        'facilities',
        t('onboarding.survey.facilities'),
        (f) => (
          <>
            <Col flex="1 1 200px">
              <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 100 }]}>
                <Input placeholder={t('onboarding.survey.facilityName')} />
              </Form.Item>
            </Col>
            <Col flex="0 0 120px">
              <Form.Item
                name={[f.name, 'quantity']}
                rules={[{ required: true, message: t('validation.REQUIRED') }, numberRange(t, { min: 0, integer: true })]}
              >
                <NumberInput min={0} integer style={{ width: '100%' }} placeholder={t('onboarding.survey.quantity')} />
              </Form.Item>
            </Col>
            <Col flex="1 1 200px">
              <Form.Item name={[f.name, 'condition']} rules={[{ max: 500 }]}>
                <Input placeholder={t('onboarding.survey.condition')} />
              </Form.Item>
            </Col>
          </>
        ),
        { name: '', quantity: 1 },
      )}
      {rows(
        'staffing',
        t('onboarding.survey.staffing'),
        (f) => (
          <>
            <Col flex="0 0 200px">
              <Form.Item name={[f.name, 'positionId']} rules={[{ required: true }]}>
                <Select
                  placeholder={t('onboarding.survey.position')}
                  options={positions.map((p) => ({ value: p.id, label: p.name }))}
                  data-testid="staffing-position"
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
                <NumberInput
                  min={0}
                  max={2000}
                  integer
                  style={{ width: '100%' }}
                  placeholder={t('onboarding.survey.headcount')}
                  data-testid="staffing-headcount"
                />
              </Form.Item>
            </Col>
          </>
        ),
        { headcount: 1 },
      )}
      {rows(
        'risks',
        t('onboarding.survey.risks'),
        (f) => (
          <>
            <Col flex="1 1 240px">
              <Form.Item name={[f.name, 'description']} rules={[{ required: true, max: 500 }]}>
                <Input placeholder={t('onboarding.survey.riskDescription')} />
              </Form.Item>
            </Col>
            <Col flex="0 0 100px">
              <Form.Item name={[f.name, 'level']} rules={[{ required: true }]}>
                <Select options={RISK_LEVELS.map((l) => ({ value: l, label: t(`onboarding.risk.${l}`) }))} />
              </Form.Item>
            </Col>
            <Col flex="1 1 200px">
              <Form.Item name={[f.name, 'mitigation']} rules={[{ max: 500 }]}>
                <Input placeholder={t('onboarding.survey.mitigation')} />
              </Form.Item>
            </Col>
          </>
        ),
        { description: '', level: 'MEDIUM' },
      )}
      <Form.Item name="summary" label={t('onboarding.survey.summary')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {editable ? (
        <Space>
          <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="survey-save">
            {t('onboarding.common.save')}
          </Button>
        </Space>
      ) : null}
    </Form>
  );
}
