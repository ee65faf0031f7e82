// 上线将开通: before go-live, what it will provision — the handbook, the default inspection
// frequencies with their inspections in the first full month, the training requirements of the
// registered employees — and warnings when it provisions nothing or doubles a workload. Computed by
// the API without writing (Onboarding.goLivePreview); shown on the page and in the confirmation.
import { Alert, Card, List, Space, Spin, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Role } from '@pinzhi/domain';
import { GoLivePreviewQuery } from './onboarding.operations';
import type { GoLivePreviewQuery as PreviewData } from '../../gql/graphql';

type Preview = NonNullable<NonNullable<PreviewData['onboarding']>['goLivePreview']>;
type Warning = Preview['warnings'][number];

/** "品质检查员（全公司）" / a named person: whose workload a warning speaks of. */
function who(t: TFunction, role: string | null | undefined): string {
  return role ? t(`roles.${role as Role}`, { defaultValue: role }) : t('common.none');
}

export function warningText(t: TFunction, w: Warning): string {
  const p = (w.params ?? {}) as Record<string, unknown>;
  if (w.code === 'WORKLOAD_DOUBLES')
    return t('onboarding.goLive.warnings.WORKLOAD_DOUBLES', {
      who: who(t, p['role'] as string | null),
      month: p['month'],
      existing: p['existing'],
      total: Number(p['existing']) + Number(p['added']),
    });
  return t(`onboarding.goLive.warnings.${w.code as 'NO_FREQUENCIES'}`, { defaultValue: w.code, ...p });
}

export function useGoLivePreview(onboardingId: string, skip: boolean) {
  const { data, loading, error } = useQuery(GoLivePreviewQuery, { variables: { id: onboardingId }, skip });
  return { preview: data?.onboarding?.goLivePreview ?? null, loading, error };
}

export function GoLiveWarnings({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="go-live-warnings"
      title={t('onboarding.goLive.confirmWithWarnings', { count: warnings.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w, i) => (
            <li key={i} data-testid="go-live-warning" data-code={w.code}>
              {warningText(t, w)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

export function GoLivePreviewCard({ onboardingId }: { onboardingId: string }) {
  const { t } = useTranslation();
  const { preview, loading } = useGoLivePreview(onboardingId, false);
  if (loading && !preview)
    return (
      <Card size="small" title={t('onboarding.goLive.title')} style={{ marginTop: 12 }}>
        <Space>
          <Spin size="small" />
          <Typography.Text type="secondary">{t('onboarding.goLive.loading')}</Typography.Text>
        </Space>
      </Card>
    );
  if (!preview) return null;
  const created = preview.frequencies.filter((f) => !f.skipped);
  const h = preview.handbook;
  return (
    <Card size="small" title={t('onboarding.goLive.title')} style={{ marginTop: 12 }} data-testid="go-live-preview">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text data-testid="go-live-handbook">
          {h.action === 'KEEP'
            ? t('onboarding.goLive.handbookKeep', { name: h.name })
            : h.templateName
              ? t('onboarding.goLive.handbookCreate', { name: h.name, template: h.templateName })
              : t('onboarding.goLive.handbookEmpty', { name: h.name })}
        </Typography.Text>
        <div data-testid="go-live-frequencies">
          <Typography.Text>
            {t('onboarding.goLive.frequencies', { count: created.length, month: preview.month, occurrences: preview.occurrencesInMonth })}
          </Typography.Text>
          {preview.frequencies.length ? (
            <List
              size="small"
              dataSource={preview.frequencies}
              renderItem={(f) => (
                <List.Item style={{ paddingInline: 0 }}>
                  <Typography.Text type={f.skipped ? 'secondary' : undefined}>
                    {t('onboarding.goLive.frequencyLine', { name: f.templateName, count: f.perMonth })}
                    {f.skipped ? `（${t(`onboarding.goLive.skipped.${f.skipped as 'ALREADY_SCHEDULED'}`)}）` : ''}
                  </Typography.Text>
                </List.Item>
              )}
            />
          ) : null}
          {preview.workload.map((w) => (
            <Typography.Text type="secondary" key={`${w.role}`} style={{ display: 'block', fontSize: 12 }}>
              {t('onboarding.goLive.workload', { who: who(t, w.role), month: w.month, existing: w.existing, added: w.added })}
            </Typography.Text>
          ))}
        </div>
        <Typography.Text data-testid="go-live-training">
          {t('onboarding.goLive.training', { requirements: preview.trainingRequirements, employees: preview.employees })}
        </Typography.Text>
        <GoLiveWarnings warnings={preview.warnings} />
      </Space>
    </Card>
  );
}
