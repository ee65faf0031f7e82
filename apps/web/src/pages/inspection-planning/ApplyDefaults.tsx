// "应用业态默认频次": creates a project's frequencies from its property format's defaults, from a
// start day, then says what was created and what was skipped (and why).
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, DatePicker, Form, Modal, Result, Typography, type ButtonProps } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError } from '../../lib/errors';
import { dayjs } from '../../lib/format';
import type { ApplyInspectionFrequencyDefaultsMutation, PropertyFormat } from '../../gql/graphql';
import { ApplyInspectionFrequencyDefaultsMutation as ApplyMutation } from './inspection-planning.operations';
import { todayIn } from './planning';

type ApplyResult = ApplyInspectionFrequencyDefaultsMutation['applyInspectionFrequencyDefaults'];

const KNOWN_SKIPS = ['ALREADY_SCHEDULED', 'TEMPLATE_ARCHIVED', 'TEMPLATE_NOT_PUBLISHED'] as const;

export function skipReasonKey(reason: string): (typeof KNOWN_SKIPS)[number] | null {
  return (KNOWN_SKIPS as readonly string[]).includes(reason) ? (reason as (typeof KNOWN_SKIPS)[number]) : null;
}

export function ApplyDefaultsButton({
  projectId,
  timeZone,
  format,
  onApplied,
  icon,
  testId = 'apply-frequency-defaults',
}: {
  projectId: string;
  timeZone: string;
  format: PropertyFormat;
  onApplied: () => void;
  icon?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [open, setOpen] = useState(false);
  const [startDate, setStartDate] = useState<string>(() => todayIn(timeZone));
  const [noDefaults, setNoDefaults] = useState(false);
  const [result, setResult] = useState<ApplyResult | null>(null);
  const [apply, applying] = useMutation(ApplyMutation);
  const today = todayIn(timeZone);
  const formatName = t(`formats.${format}`);

  const onOk = async () => {
    try {
      const res = await apply({ variables: { projectId, startDate } });
      const data = res.data?.applyInspectionFrequencyDefaults;
      if (!data) return;
      setOpen(false);
      setResult(data);
      if (data.created.length) onApplied();
    } catch (e) {
      const problem = toApiError(e);
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.some((f) => f.field === 'projectId' || f.path.includes('projectId'))) {
        setNoDefaults(true);
        return;
      }
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.some((f) => f.path.includes('startDate'))) {
        void message.error(t('inspectionPlanning.applyDefaults.badStartDate', { date: today }));
        return;
      }
      reportError(e);
    }
  };

  return (
    <>
      <Button
        icon={icon}
        onClick={() => {
          setStartDate(todayIn(timeZone));
          setNoDefaults(false);
          setOpen(true);
        }}
        data-testid={testId}
      >
        {t('inspectionPlanning.applyDefaults.button')}
      </Button>
      <Modal
        open={open}
        title={t('inspectionPlanning.applyDefaults.title', { format: formatName })}
        okText={t('inspectionPlanning.applyDefaults.ok')}
        cancelText={t('common.cancel')}
        onOk={() => void onOk()}
        onCancel={() => setOpen(false)}
        okButtonProps={
          { loading: applying.loading, disabled: applying.loading || noDefaults, 'data-testid': 'apply-defaults-ok' } as ButtonProps
        }
        destroyOnHidden
      >
        <Typography.Paragraph>{t('inspectionPlanning.applyDefaults.intro', { format: formatName })}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item
            label={t('inspectionPlanning.applyDefaults.startDate')}
            extra={t('inspectionPlanning.fields.timeZoneHint', { zone: timeZone })}
          >
            <DatePicker
              value={dayjs(startDate, 'YYYY-MM-DD')}
              onChange={(d) => setStartDate(d ? d.format('YYYY-MM-DD') : today)}
              allowClear={false}
              disabledDate={(d) => d.format('YYYY-MM-DD') < today}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Form>
        {noDefaults ? (
          <Alert
            type="warning"
            showIcon
            title={t('inspectionPlanning.applyDefaults.noDefaults', { format: formatName })}
            description={<Link to="/inspection-defaults">{t('inspectionPlanning.applyDefaults.goToDefaults')}</Link>}
            data-testid="apply-defaults-none"
          />
        ) : null}
      </Modal>
      <Modal
        open={!!result}
        title={t('inspectionPlanning.applyDefaults.resultTitle')}
        onCancel={() => setResult(null)}
        footer={
          <Button type="primary" onClick={() => setResult(null)}>
            {t('common.close')}
          </Button>
        }
        destroyOnHidden
      >
        {result ? (
          <div data-testid="apply-defaults-result">
            <Result
              status={result.created.length ? 'success' : 'info'}
              title={
                result.created.length
                  ? t('inspectionPlanning.applyDefaults.created', { n: result.created.length })
                  : t('inspectionPlanning.applyDefaults.nothingCreated')
              }
              style={{ padding: '16px 0' }}
            />
            {result.skipped.length ? (
              <div data-testid="apply-defaults-skipped">
                <Typography.Text strong>{t('inspectionPlanning.applyDefaults.skipped', { n: result.skipped.length })}</Typography.Text>
                <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
                  {result.skipped.map((s, i) => {
                    const key = skipReasonKey(s.reason);
                    return (
                      <li key={`${s.template?.id ?? 'gone'}-${i}`}>
                        <strong>{s.template?.name ?? t('inspectionPlanning.table.templateGone')}</strong>
                        {t('inspectionPlanning.applyDefaults.skipSeparator')}
                        {key ? t(`inspectionPlanning.applyDefaults.skipReasons.${key}`) : s.reason}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
      </Modal>
    </>
  );
}
