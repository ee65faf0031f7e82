// 公司设置 (admins, the Quality Center): the company's name, short name and logo, default time zone
// and language, working week and holiday list, its departments (a link); who owns rectifications
// of projects without a manager, and how early a planned inspection may start. Saved with the
// settings' version; errors at the fields.
import { useEffect } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { COMPANY_LANGUAGES, COMPANY_SETTINGS_RULES, INSPECTION_LEVELS, LEVEL_RULES, WEEKDAYS, type Role } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useCan } from '../../session/Allow';
import { CompanyBrandingQuery, CompanySettingsQuery, UpdateCompanySettingsMutation } from './company-settings.operations';

interface Values {
  name: string;
  shortName: string | null;
  logo: string | null;
  timeZone: string;
  language: string;
  workingDays: number[];
  defaultHolidayListId: string | null;
  rectificationFallbackOwnerUserId: string | null;
  earlyStartHours: number | null;
  selfCheckWeight: number | null;
  regionalWeight: number | null;
  companyWeight: number | null;
  inflationThreshold: number | null;
}

const TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Urumqi', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];
const FIELDS = [
  'name',
  'shortName',
  'logo',
  'timeZone',
  'language',
  'workingDays',
  'defaultHolidayListId',
  'rectificationFallbackOwnerUserId',
  'earlyStartHours',
  'inflationThreshold',
] as const;

/** Reads an image file as a data URL. */
function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The logo: a preview, upload and remove (the image travels as a data URL with the settings). */
function LogoField({ value, onChange, disabled }: { value?: string | null; onChange?: (v: string | null) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Space align="center" size={16} wrap>
      {value ? (
        <img
          src={value}
          alt={t('companySettings.profile.logo')}
          style={{ height: 48, maxWidth: 160, objectFit: 'contain' }}
          data-testid="logo-preview"
        />
      ) : (
        <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('companySettings.profile.noLogo')}</span>
      )}
      <Upload
        accept={COMPANY_SETTINGS_RULES.logo.types.join(',')}
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file) => {
          if (!COMPANY_SETTINGS_RULES.logo.types.includes(file.type)) void message.error(t('companySettings.profile.logoType'));
          else if (file.size > COMPANY_SETTINGS_RULES.logo.maxBytes) void message.error(t('companySettings.profile.logoSize', { kb: 48 }));
          else void readAsDataUrl(file).then((url) => onChange?.(url));
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />} disabled={disabled} data-testid="logo-upload">
          {t('companySettings.profile.uploadLogo')}
        </Button>
      </Upload>
      {value ? (
        <Button type="link" danger disabled={disabled} onClick={() => onChange?.(null)} data-testid="logo-remove">
          {t('companySettings.profile.removeLogo')}
        </Button>
      ) : null}
    </Space>
  );
}

export default function CompanySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const mayEdit = useCan('settings.company');
  const [form] = Form.useForm<Values>();
  const { data, loading, error, refetch } = useQuery(CompanySettingsQuery);
  const [save, saving] = useMutation(UpdateCompanySettingsMutation, { refetchQueries: [CompanyBrandingQuery] });
  const settings = data?.companySettings;
  const fallback = Form.useWatch('rectificationFallbackOwnerUserId', form);

  useEffect(() => {
    if (settings)
      form.setFieldsValue({
        name: settings.name,
        shortName: settings.shortName ?? null,
        logo: settings.logo ?? null,
        timeZone: settings.timeZone,
        language: settings.language,
        workingDays: [...settings.workingDays],
        defaultHolidayListId: settings.defaultHolidayListId ?? null,
        rectificationFallbackOwnerUserId: settings.rectificationFallbackOwnerUserId ?? null,
        earlyStartHours: settings.earlyStartHours,
        selfCheckWeight: settings.levelWeights.selfCheck,
        regionalWeight: settings.levelWeights.regional,
        companyWeight: settings.levelWeights.company,
        inflationThreshold: settings.inflationThreshold,
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
          input: {
            name: v.name,
            shortName: v.shortName ?? null,
            logo: v.logo ?? null,
            timeZone: v.timeZone,
            language: v.language,
            workingDays: v.workingDays,
            defaultHolidayListId: v.defaultHolidayListId ?? null,
            rectificationFallbackOwnerUserId: v.rectificationFallbackOwnerUserId ?? null,
            earlyStartHours: v.earlyStartHours ?? 0,
            levelWeights: { selfCheck: v.selfCheckWeight ?? 0, regional: v.regionalWeight ?? 0, company: v.companyWeight ?? 0 },
            inflationThreshold: v.inflationThreshold ?? 0,
          },
          expectedVersion: settings?.version ?? 0,
        },
      });
      void message.success(t('companySettings.saved'));
    } catch (e) {
      reportError(e, { form, fields: [...FIELDS], onReload: () => void refetch() });
    }
  };

  return (
    <div style={{ maxWidth: 760 }} data-testid="company-settings-page">
      <PageHeader title={t('companySettings.title')} subTitle={t('companySettings.subtitle')} />
      {!mayEdit ? <Alert type="info" showIcon title={t('companySettings.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" disabled={!mayEdit} onFinish={(v) => void submit(v)} data-testid="company-settings-form">
        <Card size="small" title={t('companySettings.profile.title')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="name"
            label={t('companySettings.profile.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.REQUIRED') },
              {
                min: COMPANY_SETTINGS_RULES.name.min,
                max: COMPANY_SETTINGS_RULES.name.max,
                message: t('companySettings.profile.nameLength'),
              },
            ]}
          >
            <Input maxLength={COMPANY_SETTINGS_RULES.name.max} data-testid="company-name" />
          </Form.Item>
          <Form.Item name="shortName" label={t('companySettings.profile.shortName')} extra={t('companySettings.profile.shortNameHint')}>
            <Input maxLength={COMPANY_SETTINGS_RULES.shortName.max} style={{ maxWidth: 240 }} data-testid="company-short-name" />
          </Form.Item>
          <Form.Item name="logo" label={t('companySettings.profile.logo')} extra={t('companySettings.profile.logoHint')}>
            <LogoField disabled={!mayEdit} />
          </Form.Item>
          <Space size={16} wrap>
            <Form.Item
              name="timeZone"
              label={t('companySettings.profile.timeZone')}
              rules={[{ required: true, message: t('validation.REQUIRED') }]}
            >
              <Select
                style={{ width: 220 }}
                options={[...new Set([...(settings ? [settings.timeZone] : []), ...TIME_ZONES])].map((z) => ({ value: z, label: z }))}
                data-testid="company-time-zone"
              />
            </Form.Item>
            <Form.Item
              name="language"
              label={t('companySettings.profile.language')}
              rules={[{ required: true, message: t('validation.REQUIRED') }]}
            >
              <Select
                style={{ width: 160 }}
                options={COMPANY_LANGUAGES.map((l) => ({ value: l, label: t(`companySettings.profile.languages.${l}`) }))}
                data-testid="company-language"
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="workingDays"
            label={t('companySettings.profile.workingDays')}
            rules={[{ required: true, type: 'array', min: 1, message: t('companySettings.profile.workingDaysRequired') }]}
          >
            <Checkbox.Group
              options={WEEKDAYS.map((d) => ({ value: d, label: t(`companySettings.profile.weekdays.d${d}`) }))}
              data-testid="company-working-days"
            />
          </Form.Item>
          <Form.Item
            name="defaultHolidayListId"
            label={t('companySettings.profile.holidayList')}
            extra={<Link to="/settings/holidays">{t('companySettings.profile.holidayListLink')}</Link>}
          >
            <Select
              allowClear
              style={{ maxWidth: 320 }}
              options={data.holidayLists.map((h) => ({ value: h.id, label: h.name }))}
              placeholder={t('companySettings.profile.noHolidayList')}
              data-testid="company-holiday-list"
            />
          </Form.Item>
          <Form.Item label={t('companySettings.profile.departments')} extra={t('companySettings.profile.departmentsHint')}>
            <Link to="/onboarding/departments" data-testid="company-departments">
              {t('companySettings.profile.departmentsLink')}
            </Link>
          </Form.Item>
        </Card>
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
        <Card size="small" title={t('companySettings.levels.title')} style={{ marginBottom: 16 }} data-testid="level-settings">
          <Form.Item label={t('companySettings.levels.weights')} extra={t('companySettings.levels.weightsHint')} required>
            <Space wrap>
              {(['selfCheckWeight', 'regionalWeight', 'companyWeight'] as const).map((name, i) => (
                <Form.Item
                  key={name}
                  name={name}
                  style={{ marginBottom: 0 }}
                  dependencies={i === 2 ? ['selfCheckWeight', 'regionalWeight'] : []}
                  rules={[
                    { required: true, message: t('validation.REQUIRED') },
                    numberRange(t, { ...LEVEL_RULES.weight, integer: true }),
                    ...(i === 2
                      ? [
                          ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
                            validator: () => {
                              const sum = ['selfCheckWeight', 'regionalWeight', 'companyWeight'].reduce(
                                (a, n) => a + Number(getFieldValue(n) ?? 0),
                                0,
                              );
                              return sum === LEVEL_RULES.weight.sum
                                ? Promise.resolve()
                                : Promise.reject(new Error(t('companySettings.levels.sumError', { sum })));
                            },
                          }),
                        ]
                      : []),
                  ]}
                >
                  <NumberInput
                    min={LEVEL_RULES.weight.min}
                    max={LEVEL_RULES.weight.max}
                    integer
                    prefix={t(`levelComparison.levels.${INSPECTION_LEVELS[i]}`)}
                    style={{ width: 200 }}
                    data-testid={`level-weight-${INSPECTION_LEVELS[i]}`}
                  />
                </Form.Item>
              ))}
            </Space>
          </Form.Item>
          <Form.Item
            name="inflationThreshold"
            label={t('companySettings.levels.threshold')}
            extra={t('companySettings.levels.thresholdHint')}
            rules={[
              { required: true, message: t('validation.REQUIRED') },
              numberRange(t, { ...LEVEL_RULES.inflationThreshold, integer: true }),
            ]}
          >
            <NumberInput
              min={LEVEL_RULES.inflationThreshold.min}
              max={LEVEL_RULES.inflationThreshold.max}
              integer
              suffix={t('companySettings.levels.points')}
              style={{ width: 160 }}
              data-testid="inflation-threshold"
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
