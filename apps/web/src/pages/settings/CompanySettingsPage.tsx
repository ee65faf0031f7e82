// 公司设置 (admins, the Quality Center): who owns rectifications of projects without a manager, and
// how early a planned inspection may start. Saved with the settings' version; errors at the fields.
import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { COMPANY_SETTINGS_RULES, type Role } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useCan } from '../../session/Allow';
import { CompanySettingsQuery, UpdateCompanySettingsMutation } from './company-settings.operations';

interface Values {
  rectificationFallbackOwnerUserId: string | null;
  earlyStartHours: number | null;
}

export default function CompanySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const mayEdit = useCan('settings.company');
  const [form] = Form.useForm<Values>();
  const { data, loading, error, refetch } = useQuery(CompanySettingsQuery);
  const [save, saving] = useMutation(UpdateCompanySettingsMutation);
  const settings = data?.companySettings;
  const fallback = Form.useWatch('rectificationFallbackOwnerUserId', form);

  useEffect(() => {
    if (settings)
      form.setFieldsValue({
        rectificationFallbackOwnerUserId: settings.rectificationFallbackOwnerUserId ?? null,
        earlyStartHours: settings.earlyStartHours,
      });
  }, [settings, form]);

  if (loading && !data) return <PageSkeleton />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const owners = data.inspectionAssignees.flatMap((a) =>
    a.user ? [{ value: a.user.id, label: `${a.user.displayName} · ${t(`roles.${a.role as Role}`)}` }] : [],
  );
  // A fallback who left the company stays visible (by name) until it is changed.
  if (settings?.rectificationFallbackOwner && !owners.some((o) => o.value === settings.rectificationFallbackOwner!.id))
    owners.unshift({ value: settings.rectificationFallbackOwner.id, label: settings.rectificationFallbackOwner.displayName });

  const submit = async (v: Values) => {
    try {
      await save({
        variables: {
          input: { rectificationFallbackOwnerUserId: v.rectificationFallbackOwnerUserId ?? null, earlyStartHours: v.earlyStartHours ?? 0 },
          expectedVersion: settings?.version ?? 0,
        },
      });
      void message.success(t('companySettings.saved'));
    } catch (e) {
      reportError(e, { form, fields: ['rectificationFallbackOwnerUserId', 'earlyStartHours'], onReload: () => void refetch() });
    }
  };

  return (
    <div style={{ maxWidth: 760 }} data-testid="company-settings-page">
      <PageHeader title={t('companySettings.title')} subTitle={t('companySettings.subtitle')} />
      {!mayEdit ? <Alert type="info" showIcon title={t('companySettings.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" disabled={!mayEdit} onFinish={(v) => void submit(v)} data-testid="company-settings-form">
        <Card size="small" title={t('companySettings.rectification.title')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="rectificationFallbackOwnerUserId"
            label={t('companySettings.rectification.fallbackOwner')}
            extra={t('companySettings.rectification.fallbackOwnerHint')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={owners}
              placeholder={t('companySettings.rectification.fallbackOwnerPlaceholder')}
              data-testid="fallback-owner"
            />
          </Form.Item>
          {!fallback ? (
            <Alert type="warning" showIcon title={t('companySettings.rectification.noFallback')} data-testid="no-fallback" />
          ) : null}
        </Card>
        <Card size="small" title={t('companySettings.inspections.title')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="earlyStartHours"
            label={t('companySettings.inspections.earlyStartHours')}
            extra={t('companySettings.inspections.earlyStartHint')}
            rules={[
              { required: true, message: t('validation.REQUIRED') },
              numberRange(t, { ...COMPANY_SETTINGS_RULES.earlyStartHours, integer: true }),
            ]}
          >
            <NumberInput
              min={COMPANY_SETTINGS_RULES.earlyStartHours.min}
              max={COMPANY_SETTINGS_RULES.earlyStartHours.max}
              integer
              suffix={t('companySettings.inspections.hours')}
              style={{ width: 160 }}
              data-testid="early-start-hours"
            />
          </Form.Item>
        </Card>
        {mayEdit ? (
          <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="save-company-settings">
            {t('companySettings.save')}
          </Button>
        ) : null}
      </Form>
    </div>
  );
}
