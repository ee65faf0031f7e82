// Live preview of a frequency being edited: asks the API (debounced) for the next occurrences in
// the project's time zone and the assignee's monthly workload; its validation errors come back
// as field problems for the form.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Spin, Table, Tag, Typography, theme } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import { toApiError, type FieldProblem } from '../../lib/errors';
import { translateFieldProblem } from '../../lib/form-errors';
import { dayjs } from '../../lib/format';
import type { PreviewInspectionFrequencyQuery as PreviewData } from '../../gql/graphql';
import { PreviewInspectionFrequencyQuery } from './inspection-planning.operations';
import { WEEKDAYS } from '../../components/recurrence/recurrence';
import { assigneeLabel, missingParts, toFrequencyInput, type FrequencyDraft, type MissingPart } from './planning';

export type Preview = PreviewData['previewInspectionFrequency'];

export type PreviewState =
  | { status: 'incomplete'; missing: MissingPart[] }
  | { status: 'loading'; data: Preview | null }
  | { status: 'ready'; data: Preview }
  | { status: 'invalid'; problems: FieldProblem[] }
  | { status: 'failed'; error: unknown };

export const PREVIEW_COUNT = 10;
export const PREVIEW_DELAY_MS = 400;

/** Debounced preview of `draft` (skipped while disabled or incomplete). */
export function useFrequencyPreview({
  projectId,
  frequencyId,
  draft,
  enabled,
  delay = PREVIEW_DELAY_MS,
}: {
  projectId: string;
  frequencyId: string | null;
  draft: FrequencyDraft | null;
  enabled: boolean;
  delay?: number;
}): { state: PreviewState; retry: () => void } {
  const client = useApolloClient();
  const missing = draft ? missingParts(draft) : (['template'] as MissingPart[]);
  const input = draft && !missing.length ? toFrequencyInput(draft) : null;
  const key = input ? JSON.stringify(input) : null;
  const missingKey = missing.join();
  const [state, setState] = useState<PreviewState>({ status: 'incomplete', missing });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    if (!key) {
      setState({ status: 'incomplete', missing: missingKey ? (missingKey.split(',') as MissingPart[]) : [] });
      return;
    }
    setState((s) => ({ status: 'loading', data: s.status === 'ready' || s.status === 'loading' ? s.data : null }));
    let cancelled = false;
    const timer = setTimeout(() => {
      client
        .query({
          query: PreviewInspectionFrequencyQuery,
          variables: { projectId, input: JSON.parse(key), frequencyId, count: PREVIEW_COUNT },
          fetchPolicy: 'no-cache',
        })
        .then((result) => {
          if (cancelled) return;
          if (result.data) setState({ status: 'ready', data: result.data.previewInspectionFrequency });
          else throw result.error ?? new Error('No preview');
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          const problem = toApiError(error);
          if (problem.code === 'BAD_USER_INPUT' && problem.fields.length) setState({ status: 'invalid', problems: problem.fields });
          else setState({ status: 'failed', error });
        });
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [attempt, client, delay, enabled, frequencyId, key, missingKey, projectId]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}

function OccurrenceList({ data }: { data: Preview }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (!data.occurrences.length) {
    return <Typography.Text type="secondary">{t('inspectionPlanning.preview.none')}</Typography.Text>;
  }
  return (
    <ol data-testid="frequency-preview" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {data.occurrences.map((o, i) => {
        const due = dayjs(o.dueAt).tz(data.timeZone);
        const ends = dayjs(o.windowEndsAt).tz(data.timeZone);
        const sameDay = due.format('YYYY-MM-DD') === ends.format('YYYY-MM-DD');
        const weekday = WEEKDAYS[(o.weekday - 1 + 7) % 7];
        return (
          <li
            key={o.dueAt}
            data-testid="preview-occurrence"
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 8,
              alignItems: 'baseline',
              padding: '6px 0',
              borderTop: i ? `1px solid ${token.colorSplit}` : undefined,
            }}
          >
            <Typography.Text type="secondary" style={{ width: 20, textAlign: 'right', fontSize: 12 }}>
              {i + 1}
            </Typography.Text>
            <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 500 }} data-testid="preview-due">
              {o.localDue}
            </span>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`recurrence.weekdays.${weekday}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspectionPlanning.preview.windowEnds', { time: ends.format(sameDay ? 'HH:mm' : 'YYYY-MM-DD HH:mm') })}
            </Typography.Text>
          </li>
        );
      })}
    </ol>
  );
}

function WorkloadTable({ data }: { data: Preview }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  return (
    <div data-testid="frequency-workload">
      <Typography.Text strong style={{ display: 'block', margin: '16px 0 8px' }}>
        {t('inspectionPlanning.preview.workloadTitle', { assignee: assigneeLabel(data.assigneeLabel, language) })}
      </Typography.Text>
      <Table
        size="small"
        rowKey="month"
        pagination={false}
        dataSource={data.workload}
        columns={[
          { key: 'month', title: t('inspectionPlanning.preview.month'), dataIndex: 'month' },
          { key: 'added', title: t('inspectionPlanning.preview.added'), dataIndex: 'added', align: 'right' },
          { key: 'existing', title: t('inspectionPlanning.preview.existing'), dataIndex: 'existing', align: 'right' },
          {
            key: 'total',
            title: t('inspectionPlanning.preview.total'),
            dataIndex: 'total',
            align: 'right',
            render: (v: number) => <strong>{v}</strong>,
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('inspectionPlanning.preview.workloadHint')}
      </Typography.Text>
    </div>
  );
}

/** The preview column of the frequency drawer. `fieldLabel` names a form field for problems. */
export function FrequencyPreviewPanel({
  state,
  timeZone,
  onRetry,
  fieldLabel,
}: {
  state: PreviewState;
  timeZone: string;
  onRetry: () => void;
  fieldLabel: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.data : null;

  const problems = useMemo(() => {
    if (state.status !== 'invalid') return [];
    return state.problems.map((p) => {
      const path = p.path[0] === 'input' ? p.path.slice(1) : p.path;
      const label = fieldLabel(path[0] ?? p.field);
      const text = translateFieldProblem(t, p);
      return label ? t('inspectionPlanning.preview.problem', { field: label, problem: text }) : text;
    });
  }, [fieldLabel, state, t]);

  let body;
  if (state.status === 'incomplete') {
    body = (
      <Typography.Text type="secondary" data-testid="preview-incomplete">
        {t(`inspectionPlanning.preview.needs.${state.missing[0] ?? 'template'}`)}
      </Typography.Text>
    );
  } else if (state.status === 'invalid') {
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="preview-problems"
        title={t('inspectionPlanning.preview.invalid')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        }
      />
    );
  } else if (state.status === 'failed') {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('inspectionPlanning.preview.failed')}
        description={toApiError(state.error).code === 'NETWORK' ? t('states.networkError') : toApiError(state.error).message}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!data) {
    body = <Spin size="small" />;
  } else {
    body = (
      <Spin spinning={state.status === 'loading'} size="small">
        <OccurrenceList data={data} />
        <WorkloadTable data={data} />
      </Spin>
    );
  }

  return (
    <section
      aria-label={t('inspectionPlanning.preview.title')}
      data-testid="frequency-preview-panel"
      style={{
        background: token.colorFillQuaternary,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: 16,
      }}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('inspectionPlanning.preview.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('inspectionPlanning.preview.next', { n: PREVIEW_COUNT, zone: data?.timeZone ?? timeZone })}
      </Typography.Paragraph>
      {body}
    </section>
  );
}
