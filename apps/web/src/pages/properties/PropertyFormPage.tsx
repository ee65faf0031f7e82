// Create / edit a property with its zones as an editable list.
import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, RULES, type PropertyFormat } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { formRules, requiredChoice } from '../../lib/rules';
import { CreatePropertyMutation, PropertyQuery, UpdatePropertyMutation } from './properties.operations';
import type { PropertyFieldsFragment } from '../../gql/graphql';

export interface PropertyFormValues {
  name: string;
  format?: PropertyFormat;
  address?: string;
  grossFloorArea?: number | null;
  zones: { id?: string; name: string }[];
}

export const PROPERTY_FORM_FIELDS = ['name', 'format', 'address', 'grossFloorArea', 'zones'] as const;

export function PropertyForm({ property, onReload }: { property?: PropertyFieldsFragment; onReload?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PropertyFormValues>();
  const [dirty, setDirty] = useState(false);
  const { markClean } = useUnsavedChanges(dirty);
  const reportError = useMutationErrors();
  const [create, creating] = useMutation(CreatePropertyMutation);
  const [update, updating] = useMutation(UpdatePropertyMutation);
  const saving = creating.loading || updating.loading;

  const onFinish = async (values: PropertyFormValues) => {
    const input = {
      name: values.name.trim(),
      format: values.format!,
      address: values.address?.trim() ?? '',
      grossFloorArea: values.grossFloorArea ?? null,
      zones: (values.zones ?? []).map((z) => ({ ...(z.id ? { id: z.id } : {}), name: z.name.trim() })),
    };
    try {
      if (property) await update({ variables: { id: property.id, input, expectedVersion: property.version } });
      else await create({ variables: { input } });
      markClean();
      void message.success(t('properties.saved'));
      navigate('/properties');
    } catch (error) {
      reportError(error, { form, fields: PROPERTY_FORM_FIELDS, onReload });
    }
  };

  return (
    <Card variant="borderless">
      <Form<PropertyFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError
        data-testid="property-form"
        style={{ maxWidth: 960 }}
        initialValues={
          property
            ? {
                name: property.name,
                format: property.format,
                address: property.address,
                grossFloorArea: property.grossFloorArea,
                zones: property.zones.map((z) => ({ id: z.id, name: z.name })),
              }
            : { zones: [] }
        }
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('properties.name')} rules={formRules.name(t)} validateFirst>
              <Input placeholder={t('properties.namePlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="format" label={t('properties.format')} rules={[requiredChoice(t)]}>
              <Select data-testid="property-format" options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('properties.address')} rules={formRules.address(t)}>
              <Input placeholder={t('properties.addressPlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="grossFloorArea" label={t('properties.grossFloorArea')} rules={formRules.grossFloorArea(t)}>
              <NumberInput style={{ width: '100%' }} min={RULES.grossFloorArea.min} max={RULES.grossFloorArea.max} precision={2} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5} style={{ marginTop: 8 }}>
          {t('properties.zones')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('properties.zonesHelp')}</Typography.Paragraph>
        <Form.List
          name="zones"
          rules={[
            {
              validator: async (_rule, zones: unknown[] | undefined) => {
                if ((zones?.length ?? 0) > RULES.zonesPerProperty.max) {
                  throw new Error(t('validation.tooManyZones', { max: RULES.zonesPerProperty.max }));
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div data-testid="zones">
              {fields.map((field, index) => (
                <div key={field.key}>
                  <Form.Item name={[field.name, 'id']} hidden noStyle>
                    <Input type="hidden" />
                  </Form.Item>
                  <Space align="start" style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item name={[field.name, 'name']} rules={formRules.zoneName(t)} validateFirst style={{ marginBottom: 12 }}>
                      <Input
                        placeholder={t('properties.zonePlaceholder')}
                        aria-label={`${t('properties.zoneName')} ${index + 1}`}
                        style={{ width: 320, maxWidth: '70vw' }}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('properties.removeZone')}
                      title={t('properties.removeZone')}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                </div>
              ))}
              <Form.Item>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '' })}
                  disabled={fields.length >= RULES.zonesPerProperty.max}
                  data-testid="add-zone"
                >
                  {t('properties.addZone')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </div>
          )}
        </Form.List>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-property">
            {saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button onClick={() => navigate('/properties')} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export default function PropertyFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PropertyQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  if (id && !data && loading) return <PageSkeleton rows={8} />;
  if (id && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={id ? t('properties.edit') : t('properties.create')}
        subTitle={data?.property.name}
        onBack={() => navigate('/properties')}
      />
      <PropertyForm key={data?.property.version ?? 'new'} property={data?.property} onReload={() => void refetch()} />
    </>
  );
}
