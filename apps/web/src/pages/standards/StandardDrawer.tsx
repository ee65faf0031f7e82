// Create / edit a library standard in a drawer. Client rules mirror the server's (StandardInput);
// the server's BAD_USER_INPUT field problems land on the same fields.
import { useEffect, useState } from 'react';
import { App, Button, Col, Drawer, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { APPLICABILITY_CONDITIONS, CHECK_METHODS, PROPERTY_FORMATS, RULES, STANDARD_CATEGORIES } from '@pinzhi/domain';
import type { FormRule } from 'antd';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formRules, length, required, requiredChoice } from '../../lib/rules';
import { useLocale } from '../../app/LocaleProvider';
import { positionOptions } from './StandardLabels';
import { CreateStandardMutation, UpdateStandardMutation } from './standards.operations';
import type {
  ApplicabilityCondition,
  CheckMethod,
  PropertyFormat,
  StandardCategory,
  StandardFieldsFragment,
  StandardInput,
} from '../../gql/graphql';

/** The server's limits for a standard (libs/api/handbooks inputs.ts). */
export const STANDARD_LIMITS = {
  title: 100,
  titleEn: 200,
  requirement: 2000,
  source: 200,
  position: 40,
  positions: 30,
  score: { min: 0, max: 100 },
} as const;

export const STANDARD_FORM_FIELDS = [
  'code',
  'category',
  'titleZh',
  'titleEn',
  'requirementZh',
  'requirementEn',
  'positions',
  'condition',
  'checkMethod',
  'defaultScore',
  'critical',
  'formats',
  'source',
] as const;

interface StandardFormValues {
  code: string;
  category?: StandardCategory;
  titleZh: string;
  titleEn?: string;
  requirementZh: string;
  requirementEn?: string;
  positions: string[];
  condition?: ApplicabilityCondition | null;
  checkMethod?: CheckMethod;
  defaultScore?: number | null;
  critical: boolean;
  formats: PropertyFormat[];
  source?: string;
}

function initialValues(standard?: StandardFieldsFragment | null): Partial<StandardFormValues> {
  if (!standard) return { positions: [], formats: [], critical: false, checkMethod: 'OBSERVE', defaultScore: 2 };
  return {
    code: standard.code,
    category: standard.category,
    titleZh: standard.titleZh,
    titleEn: standard.titleEn ?? '',
    requirementZh: standard.requirementZh,
    requirementEn: standard.requirementEn ?? '',
    positions: standard.positions,
    condition: standard.condition ?? undefined,
    checkMethod: standard.checkMethod,
    defaultScore: standard.defaultScore,
    critical: standard.critical,
    formats: standard.formats,
    source: standard.source ?? '',
  };
}

export function toStandardInput(values: StandardFormValues): StandardInput {
  const blank = (v?: string | null) => (v?.trim() ? v.trim() : null);
  return {
    code: values.code.trim(),
    category: values.category!,
    titleZh: values.titleZh.trim(),
    titleEn: blank(values.titleEn),
    requirementZh: values.requirementZh.trim(),
    requirementEn: blank(values.requirementEn),
    positions: [...new Set((values.positions ?? []).map((p) => p.trim().toUpperCase()).filter(Boolean))],
    condition: values.condition ?? null,
    checkMethod: values.checkMethod!,
    defaultScore: values.defaultScore!,
    critical: !!values.critical,
    formats: values.formats ?? [],
    source: blank(values.source),
  };
}

export function StandardDrawer({
  open,
  standard,
  onClose,
  onReload,
}: {
  open: boolean;
  /** null = create */
  standard: StandardFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<StandardFormValues>();
  const reportError = useMutationErrors();
  const [create, creating] = useMutation(CreateStandardMutation);
  const [update, updating] = useMutation(UpdateStandardMutation);
  const saving = creating.loading || updating.loading;
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(standard) as StandardFormValues);
    setDirty(false);
  }, [form, open, standard]);

  const close = () => {
    if (!dirty) return onClose();
    modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: onClose,
    });
  };

  const onFinish = async (values: StandardFormValues) => {
    const input = toStandardInput(values);
    try {
      if (standard) await update({ variables: { id: standard.id, input, expectedVersion: standard.version } });
      else await create({ variables: { input } });
      void message.success(t('standards.saved', { code: input.code }));
      setDirty(false);
      onClose();
      if (!standard) onReload();
    } catch (error) {
      reportError(error, { form, fields: STANDARD_FORM_FIELDS, onReload });
    }
  };

  const scoreRule = numberRange(t, { ...STANDARD_LIMITS.score, integer: true });
  const positionsRule: FormRule = {
    validator: (_rule, value: string[] | undefined) => {
      const list = value ?? [];
      if (list.length > STANDARD_LIMITS.positions)
        return Promise.reject(new Error(t('standards.tooManyPositions', { max: STANDARD_LIMITS.positions })));
      if (list.some((p) => p.length > STANDARD_LIMITS.position))
        return Promise.reject(new Error(t('validation.TOO_LONG', { max: STANDARD_LIMITS.position })));
      return Promise.resolve();
    },
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      size={680}
      title={standard ? t('standards.edit', { code: standard.code }) : t('standards.create')}
      destroyOnHidden
      maskClosable={!saving}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={close} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="save-standard">
            {saving ? t('common.saving') : t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<StandardFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError
        data-testid="standard-form"
        initialValues={initialValues(standard)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="code" label={t('standards.code')} rules={formRules.code(t)} validateFirst>
              <Input placeholder={t('standards.codePlaceholder')} maxLength={RULES.code.max + 10} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="category" label={t('standards.category')} rules={[requiredChoice(t)]}>
              <Select
                placeholder={t('standards.categoryPlaceholder')}
                options={STANDARD_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
                data-testid="standard-category"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="titleZh"
              label={t('standards.titleZh')}
              rules={[required(t), ...length(t, { max: STANDARD_LIMITS.title })]}
              validateFirst
            >
              <Input placeholder={t('standards.titleZhPlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="titleEn" label={t('standards.titleEn')} rules={length(t, { max: STANDARD_LIMITS.titleEn })}>
              <Input placeholder={t('common.optional')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="requirementZh"
              label={t('standards.requirementZh')}
              rules={[required(t), ...length(t, { max: STANDARD_LIMITS.requirement })]}
              validateFirst
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 8 }}
                placeholder={t('standards.requirementPlaceholder')}
                showCount={{ formatter: ({ count }) => `${count} / ${STANDARD_LIMITS.requirement}` }}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="requirementEn" label={t('standards.requirementEn')} rules={length(t, { max: STANDARD_LIMITS.requirement })}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('common.optional')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="positions" label={t('standards.positions')} rules={[positionsRule]} extra={t('standards.positionsHint')}>
              <Select
                mode="tags"
                tokenSeparators={[',', '，']}
                options={positionOptions(language)}
                placeholder={t('standards.allPositions')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="condition" label={t('standards.condition')}>
              <Select
                allowClear
                placeholder={t('standards.noCondition')}
                options={APPLICABILITY_CONDITIONS.map((c) => ({ value: c, label: t(`conditions.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="checkMethod" label={t('standards.checkMethod')} rules={[requiredChoice(t)]}>
              <Select options={CHECK_METHODS.map((m) => ({ value: m, label: t(`checkMethods.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="defaultScore" label={t('standards.defaultScore')} rules={[requiredChoice(t), scoreRule]} validateFirst>
              <NumberInput min={STANDARD_LIMITS.score.min} max={STANDARD_LIMITS.score.max} integer style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="critical" label={t('standards.critical')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="formats" label={t('standards.formats')} extra={t('standards.formatsHint')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('standards.allFormats')}
                options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="source" label={t('standards.source')} rules={length(t, { max: STANDARD_LIMITS.source })}>
              <Input placeholder={t('standards.sourcePlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        {standard ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('standards.editHint')}
          </Typography.Text>
        ) : null}
      </Form>
    </Drawer>
  );
}
