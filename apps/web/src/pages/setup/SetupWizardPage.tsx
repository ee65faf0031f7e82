// 开通向导 (/setup, company admins): a new company's first day — company settings → regions →
// properties and projects → invite people with roles (and regions) → starter pack → done. Each
// step saves on its own (the steps are also their own screens); the checklist on the 工作台 shows
// what is left.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, List, Radio, Result, Select, Space, Steps, Tag, Typography } from 'antd';
import { CheckCircleFilled, ImportOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { COMPANY_LANGUAGES, COMPANY_SETTINGS_RULES, REGION_SCOPED_ROLES, ROLES, type Role } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { CompanyBrandingQuery, CompanySettingsQuery, UpdateCompanySettingsMutation } from '../settings/company-settings.operations';
import { CreateRegionMutation, RegionOptionsQuery } from '../regions/regions.operations';
import { InviteMemberMutation } from '../settings/members.operations';
import { ApplyStarterPackMutation, SetupChecklistQuery } from './setup.operations';
import { ImportProjectsModal } from '../projects/ImportProjectsModal';
import { ImportMembersModal } from '../settings/ImportMembersModal';

const STEPS = ['settings', 'regions', 'projects', 'members', 'templates', 'done'] as const;
type Step = (typeof STEPS)[number];
const TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Urumqi', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];

export default function SetupWizardPage() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const { data, loading, error, refetch } = useQuery(SetupChecklistQuery, { fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <PageSkeleton />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const c = data.setupChecklist;
  const doneOf = (step: Step) => (step === 'done' ? c.done : (c.items.find((i) => i.key === step)?.done ?? false));
  const step = STEPS[current];
  const next = () => setCurrent((n) => Math.min(STEPS.length - 1, n + 1));
  return (
    <div style={{ maxWidth: 960 }} data-testid="setup-wizard">
      <PageHeader title={t('setup.title')} subTitle={t('setup.subtitle')} />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Steps
          current={current}
          onChange={setCurrent}
          size="small"
          items={STEPS.map((s) => ({
            title: t(`setup.steps.${s}`),
            status: s === step ? 'process' : doneOf(s) ? 'finish' : 'wait',
          }))}
        />
      </Card>
      <Card variant="borderless" title={t(`setup.steps.${step}`)} data-testid={`setup-step-${step}`}>
        {step === 'settings' ? <SettingsStep onDone={next} /> : null}
        {step === 'regions' ? <RegionsStep /> : null}
        {step === 'projects' ? (
          <ProjectsStep count={c.items.find((i) => i.key === 'projects')?.count ?? 0} onImported={() => void refetch()} />
        ) : null}
        {step === 'members' ? <MembersStep onImported={() => void refetch()} /> : null}
        {step === 'templates' ? <TemplatesStep canApply={c.canApplyStarterPack} applied={c.starterPack ?? null} /> : null}
        {step === 'done' ? <DoneStep items={c.items} /> : null}
        {step !== 'done' && step !== 'settings' ? (
          <div style={{ marginTop: 24 }}>
            <Button type="primary" onClick={next} data-testid="setup-next">
              {t('setup.next')}
            </Button>
          </div>
        ) : null}
      </Card>
    </div>
  );
}

interface SettingsValues {
  name: string;
  shortName: string | null;
  timeZone: string;
  language: string;
}

function SettingsStep({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<SettingsValues>();
  const { data } = useQuery(CompanySettingsQuery);
  const [save, saving] = useMutation(UpdateCompanySettingsMutation, { refetchQueries: [SetupChecklistQuery, CompanyBrandingQuery] });
  const settings = data?.companySettings;
  useEffect(() => {
    if (settings)
      form.setFieldsValue({
        name: settings.name,
        shortName: settings.shortName ?? null,
        timeZone: settings.timeZone,
        language: settings.language,
      });
  }, [settings, form]);
  if (!settings) return <PageSkeleton />;
  const submit = async (v: SettingsValues) => {
    try {
      await save({ variables: { input: { ...v, shortName: v.shortName || null }, expectedVersion: settings.version } });
      void message.success(t('companySettings.saved'));
      onDone();
    } catch (e) {
      reportError(e, { form, fields: ['name', 'shortName', 'timeZone', 'language'] });
    }
  };
  return (
    <Form<SettingsValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 480 }}>
      <Form.Item
        name="name"
        label={t('companySettings.profile.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}
      >
        <Input maxLength={COMPANY_SETTINGS_RULES.name.max} data-testid="setup-company-name" />
      </Form.Item>
      <Form.Item name="shortName" label={t('companySettings.profile.shortName')}>
        <Input maxLength={COMPANY_SETTINGS_RULES.shortName.max} data-testid="setup-short-name" />
      </Form.Item>
      <Space size={16} wrap>
        <Form.Item name="timeZone" label={t('companySettings.profile.timeZone')}>
          <Select style={{ width: 220 }} options={TIME_ZONES.map((z) => ({ value: z, label: z }))} />
        </Form.Item>
        <Form.Item name="language" label={t('companySettings.profile.language')}>
          <Select
            style={{ width: 160 }}
            options={COMPANY_LANGUAGES.map((l) => ({ value: l, label: t(`companySettings.profile.languages.${l}`) }))}
          />
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary">
        {t('setup.settingsMore')} <Link to="/settings/company">{t('nav.companySettings')}</Link>
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="setup-save-settings">
        {t('setup.saveAndNext')}
      </Button>
    </Form>
  );
}

function RegionsStep() {
  const { t } = useTranslation();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ name: string; code: string | null }>();
  const { data } = useQuery(RegionOptionsQuery);
  const [create, creating] = useMutation(CreateRegionMutation, { refetchQueries: [RegionOptionsQuery, SetupChecklistQuery] });
  const regions = data?.regions.nodes ?? [];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('setup.regionsHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }} data-testid="setup-regions">
        {regions.length ? (
          regions.map((r) => <Tag key={r.id}>{r.name}</Tag>)
        ) : (
          <Typography.Text type="secondary">{t('setup.none')}</Typography.Text>
        )}
      </Space>
      <Form
        form={form}
        layout="inline"
        onFinish={(v) =>
          void create({ variables: { input: { name: v.name, code: v.code || null } } })
            .then(() => form.resetFields())
            .catch((e: unknown) => reportError(e, { form, fields: ['name', 'code'] }))
        }
      >
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
          <Input placeholder={t('regions.name')} data-testid="setup-region-name" />
        </Form.Item>
        <Form.Item name="code">
          <Input placeholder={t('regions.code')} style={{ width: 120 }} data-testid="setup-region-code" />
        </Form.Item>
        <Button htmlType="submit" loading={creating.loading} data-testid="setup-add-region">
          {t('setup.addRegion')}
        </Button>
      </Form>
    </>
  );
}

function ProjectsStep({ count, onImported }: { count: number; onImported: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('setup.projectsHint')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('setup.importHint')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="setup-project-count">{t('setup.projectCount', { count })}</Typography.Paragraph>
      <Space wrap>
        <Button onClick={() => navigate('/properties/new')}>{t('setup.newProperty')}</Button>
        <Button onClick={() => navigate('/projects/new')} data-testid="setup-new-project">
          {t('setup.newProject')}
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="setup-import-projects">
          {t('setup.importProjects')}
        </Button>
        <Link to="/projects">{t('setup.allProjects')}</Link>
      </Space>
      <ImportProjectsModal open={importing} onClose={() => setImporting(false)} onImported={onImported} />
    </>
  );
}

function MembersStep({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ email: string; displayName: string; role: Role; regionIds: string[] }>();
  const { data } = useQuery(RegionOptionsQuery);
  const [invite, inviting] = useMutation(InviteMemberMutation, { refetchQueries: [SetupChecklistQuery] });
  const [links, setLinks] = useState<Array<{ email: string; url: string }>>([]);
  const role = Form.useWatch('role', form);
  const [importing, setImporting] = useState(false);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('setup.membersHint')}</Typography.Paragraph>
      <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} style={{ marginBottom: 16 }} data-testid="setup-import-members">
        {t('setup.importMembers')}
      </Button>
      <ImportMembersModal open={importing} onClose={() => setImporting(false)} onImported={onImported} />
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 480 }}
        initialValues={{ role: 'QUALITY_CENTER', regionIds: [] }}
        onFinish={(v) =>
          void invite({ variables: { input: { email: v.email, displayName: v.displayName, role: v.role, regionIds: v.regionIds ?? [] } } })
            .then((r) => {
              const path = r.data?.inviteMember.acceptPath;
              if (path) setLinks((l) => [...l, { email: v.email, url: `${window.location.origin}${path}` }]);
              form.resetFields();
            })
            .catch((e: unknown) => reportError(e, { form, fields: ['email', 'displayName', 'role', 'regionIds'] }))
        }
      >
        <Form.Item
          name="email"
          label={t('setup.email')}
          rules={[{ required: true, type: 'email', message: t('validation.INVALID_FORMAT') }]}
        >
          <Input data-testid="setup-invite-email" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('setup.displayName')}
          rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}
        >
          <Input data-testid="setup-invite-name" />
        </Form.Item>
        <Form.Item name="role" label={t('setup.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="setup-invite-role" />
        </Form.Item>
        {role && REGION_SCOPED_ROLES.includes(role) ? (
          <Form.Item
            name="regionIds"
            label={t('setup.regions')}
            rules={[{ required: true, type: 'array', min: 1, message: t('validation.REQUIRED') }]}
          >
            <Select mode="multiple" options={(data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
        ) : null}
        <Button htmlType="submit" loading={inviting.loading} data-testid="setup-invite">
          {t('setup.invite')}
        </Button>
      </Form>
      {links.length ? (
        <List
          style={{ marginTop: 16 }}
          size="small"
          header={t('setup.invitationLinks')}
          dataSource={links}
          data-testid="setup-invitation-links"
          renderItem={(l) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Typography.Text>{l.email}</Typography.Text>
                <Typography.Text copyable type="secondary">
                  {l.url}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
    </>
  );
}

function TemplatesStep({ canApply, applied }: { canApply: boolean; applied: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [pack, setPack] = useState<'standard' | 'empty'>('standard');
  const [apply, applying] = useMutation(ApplyStarterPackMutation, { refetchQueries: [SetupChecklistQuery] });
  const [result, setResult] = useState<Record<string, number> | null>(null);
  if (applied)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="setup-pack-applied"
        title={t('setup.packApplied', { pack: t(`setup.packs.${applied as 'standard'}.title`) })}
        description={result ? t('setup.packCounts', result) : applied === 'standard' ? t('setup.packStandardNext') : undefined}
      />
    );
  if (!canApply) return <Alert type="info" showIcon title={t('setup.packNotEmpty')} data-testid="setup-pack-not-empty" />;
  return (
    <>
      <Radio.Group value={pack} onChange={(e) => setPack(e.target.value as 'standard' | 'empty')} data-testid="setup-pack">
        <Space orientation="vertical">
          {(['standard', 'empty'] as const).map((p) => (
            <Radio key={p} value={p} data-testid={`setup-pack-${p}`}>
              <Typography.Text strong>{t(`setup.packs.${p}.title`)}</Typography.Text>
              <div>
                <Typography.Text type="secondary">{t(`setup.packs.${p}.description`)}</Typography.Text>
              </div>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <div style={{ marginTop: 16 }}>
        <Button
          type="primary"
          loading={applying.loading}
          data-testid="setup-apply-pack"
          onClick={() =>
            void apply({ variables: { packId: pack } })
              .then((r) => {
                const counts = r.data?.applyStarterPack;
                if (counts) setResult({ ...counts } as unknown as Record<string, number>);
                void message.success(t('setup.packDone'));
              })
              .catch((e: unknown) => reportError(e))
          }
        >
          {t('setup.applyPack')}
        </Button>
      </div>
    </>
  );
}

function DoneStep({ items }: { items: ReadonlyArray<{ key: string; done: boolean; link: string }> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const left = items.filter((i) => !i.done);
  return (
    <Result
      status={left.length ? 'info' : 'success'}
      icon={left.length ? undefined : <CheckCircleFilled />}
      title={left.length ? t('setup.almost', { count: left.length }) : t('setup.allSet')}
      subTitle={left.length ? left.map((i) => t(`setup.items.${i.key as 'settings'}`)).join('、') : undefined}
      extra={
        <Button type="primary" onClick={() => navigate('/')} data-testid="setup-finish">
          {t('setup.toDashboard')}
        </Button>
      }
    />
  );
}
