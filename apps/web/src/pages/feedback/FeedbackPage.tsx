// 客户反馈: findings an inspector flagged as customer-facing, for Marketing & Customer Service.
// A list (state defaults to 待处理, project/region filters, newest first or sorted by received or
// handled time, cursor pages; all in the URL, ListPage) and a
// drawer with the finding, its photos and "mark handled" with a required note (handlers only).
import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { AlertOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_RULES, FEEDBACK_STATES } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { AuthImage } from '../inspections/EvidencePhotos';
import { InspectionFilterOptionsQuery } from '../inspections/inspections.operations';
import { bilingual } from '../inspections/parts';
import { FeedbackStateTag } from './parts';
import { FeedbackInboxQuery, FeedbackQuery, HandleFeedbackMutation } from './feedback.operations';
import type { FeedbackFilter, FeedbackInboxQuery as InboxData } from '../../gql/graphql';

type Row = InboxData['feedbackInbox']['nodes'][number];
const FILTER_KEYS = ['project', 'region'];
const SORTS = { receivedAt: 'RECEIVED_AT' } as const;

/** URL → filter: ?state= RECEIVED (default) | HANDLED | all. */
export function feedbackFilterFromParams(params: URLSearchParams): FeedbackFilter {
  const raw = params.get('state');
  const state = raw === 'all' ? undefined : (pickEnum(raw, FEEDBACK_STATES) ?? 'RECEIVED');
  return {
    states: state ? [state] : undefined,
    projectId: params.get('project') || undefined,
    regionId: params.get('region') || undefined,
  };
}

function FeedbackDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const mayHandle = useCan('feedback.handle');
  const mayRaiseComplaint = useCan('complaints.run');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const { data, loading, error, refetch } = useQuery(FeedbackQuery, { variables: { id: id ?? '' }, skip: !id });
  const [handle, handling] = useMutation(HandleFeedbackMutation, { refetchQueries: ['FeedbackInbox'] });
  const f = data?.feedback;
  const tz = f?.project.timeZone;
  const noteError = touched && !note.trim() ? t('feedback.handleNoteRequired') : null;

  const submit = async () => {
    setTouched(true);
    if (!f || !note.trim()) return;
    try {
      await handle({ variables: { id: f.id, note: note.trim() } });
      void message.success(t('feedback.handled'));
      setNote('');
      setTouched(false);
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  return (
    <Drawer open={!!id} onClose={onClose} title={t('feedback.detail')} size={520} destroyOnHidden data-testid="feedback-drawer">
      {loading && !f ? (
        <Skeleton active />
      ) : error && !f ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : f ? (
        <div data-testid="feedback-detail" data-state={f.state}>
          <Space style={{ marginBottom: 12 }}>
            <FeedbackStateTag state={f.state} />
          </Space>
          <Typography.Paragraph style={{ fontSize: 15 }} data-testid="feedback-description">
            {f.description}
          </Typography.Paragraph>
          <Descriptions size="small" column={1} styles={{ label: { width: 96 } }}>
            <Descriptions.Item label={t('feedback.fields.project')}>
              <Link to={`/projects/${f.project.id}`}>{`${f.project.code} · ${f.project.name}`}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.region')}>{f.region?.name ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.item')}>
              <span data-testid="feedback-item">
                {f.itemResult.standard
                  ? `${f.itemResult.standard.code} · ${bilingual(f.itemResult.standard.titleZh, f.itemResult.standard.titleEn, i18n.language)}`
                  : f.itemResult.itemKey}
                {f.itemResult.critical ? (
                  <Tag color="red" style={{ marginLeft: 6 }}>
                    {t('inspections.form.critical')}
                  </Tag>
                ) : null}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.inspection')}>
              <Link to={`/inspections/${f.inspection.id}`} data-testid="feedback-inspection-link">
                {[f.inspection.template?.name, f.inspection.localDate].filter(Boolean).join(' · ') || t('feedback.viewInspection')}
              </Link>
              {f.inspection.inspector ? <Typography.Text type="secondary"> · {f.inspection.inspector.displayName}</Typography.Text> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.receivedAt')}>{formatDateTime(f.receivedAt, tz, 'short')}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.photos')}>
              {f.itemResult.evidence.length ? (
                <Space wrap>
                  {f.itemResult.evidence.map((e) => (
                    <AuthImage key={e.id} url={e.url} testId="feedback-photo" />
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('feedback.noPhotos')}</Typography.Text>
              )}
            </Descriptions.Item>
            {f.state === 'HANDLED' ? (
              <>
                <Descriptions.Item label={t('feedback.fields.handledAt')}>{formatDateTime(f.handledAt, tz, 'short')}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.fields.handledBy')}>{f.handledBy?.displayName ?? t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('feedback.fields.handlingNote')}>
                  <span data-testid="feedback-handling-note">{f.handlingNote}</span>
                </Descriptions.Item>
              </>
            ) : null}
          </Descriptions>
          {mayRaiseComplaint ? (
            <div style={{ marginTop: 12 }}>
              <Link to={`/complaints?new=1&feedbackId=${f.id}`} data-testid="feedback-raise-complaint">
                <AlertOutlined /> {t('complaints.raise')}
              </Link>
            </div>
          ) : null}
          {f.state === 'RECEIVED' ? (
            mayHandle ? (
              <Card size="small" style={{ marginTop: 16 }} title={t('feedback.handle')}>
                <Input.TextArea
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  onBlur={() => setTouched(true)}
                  maxLength={FEEDBACK_RULES.handlingNote.max}
                  showCount
                  autoSize={{ minRows: 3, maxRows: 8 }}
                  placeholder={t('feedback.handleNotePlaceholder')}
                  status={noteError ? 'error' : undefined}
                  aria-label={t('feedback.handleNote')}
                  data-testid="feedback-note"
                />
                {noteError ? (
                  <Typography.Text type="danger" role="alert" data-testid="feedback-note-error">
                    {noteError}
                  </Typography.Text>
                ) : null}
                <div style={{ marginTop: 28, textAlign: 'right' }}>
                  <Button
                    type="primary"
                    icon={<CheckOutlined />}
                    loading={handling.loading}
                    onClick={() => void submit()}
                    data-testid="feedback-handle"
                  >
                    {t('feedback.handle')}
                  </Button>
                </div>
              </Card>
            ) : (
              <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('feedback.readOnly')} data-testid="feedback-read-only" />
            )
          ) : null}
        </div>
      ) : null}
    </Drawer>
  );
}

export default function FeedbackPage() {
  const { t } = useTranslation();
  const { state: historyState } = useQueryState();
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'forwards' });
  const { params, update, paging } = list;
  const filter = useMemo(() => feedbackFilterFromParams(params), [params]);
  const query = useQuery(FeedbackInboxQuery, {
    variables: { filter, ...list.variables, after: paging.after ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(InspectionFilterOptionsQuery);
  const connection = (query.data ?? query.previousData)?.feedbackInbox;
  const openId = params.get('open');
  const stateValue = params.get('state') === 'all' ? 'all' : (filter.states?.[0] ?? 'all');
  const keepPage = { after: paging.after, page: paging.page > 1 ? paging.page : undefined };
  const openRow = (id: string | undefined) => update({ open: id, ...keepPage }, { state: historyState });

  const columns: TableColumnsType<Row> = [
    {
      key: 'receivedAt',
      title: t('feedback.fields.receivedAt'),
      width: 150,
      render: (_, r) => formatDateTime(r.receivedAt, r.project.timeZone, 'short'),
    },
    { key: 'project', title: t('feedback.fields.project'), width: 200, render: (_, r) => `${r.project.code} · ${r.project.name}` },
    { key: 'region', title: t('feedback.fields.region'), width: 100, render: (_, r) => r.region?.name ?? t('common.none') },
    {
      key: 'description',
      title: t('feedback.fields.description'),
      ellipsis: true,
      render: (_, r) => (
        <Typography.Link onClick={() => openRow(r.id)} data-testid="feedback-open">
          {r.description}
        </Typography.Link>
      ),
    },
    { key: 'state', title: t('feedback.fields.state'), width: 100, render: (_, r) => <FeedbackStateTag state={r.state} /> },
  ];

  const empty = (
    <EmptyState title={stateValue === 'RECEIVED' ? t('feedback.empty') : t('feedback.emptyAll')} hint={t('feedback.emptyHint')} />
  );

  return (
    <div data-testid="feedback-page">
      <PageHeader title={t('feedback.title')} subTitle={t('feedback.subtitle')} />
      <ListPage<Row>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        filters={
          <>
            <Select
              value={stateValue}
              onChange={(v: string) => update({ state: v === 'RECEIVED' ? undefined : v })}
              options={[
                ...FEEDBACK_STATES.map((s) => ({ value: s as string, label: t(`feedback.states.${s}`) })),
                { value: 'all', label: t('feedback.allStates') },
              ]}
              style={{ width: 130 }}
              data-testid="filter-state"
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('feedback.allProjects')}
              value={params.get('project') || undefined}
              onChange={(v?: string) => update({ project: v })}
              options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
              style={{ width: 220 }}
              data-testid="filter-project"
            />
            <Select
              allowClear
              placeholder={t('feedback.allRegions')}
              value={params.get('region') || undefined}
              onChange={(v?: string) => update({ region: v })}
              options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))}
              style={{ width: 150 }}
              data-testid="filter-region"
            />
          </>
        }
        empty={empty}
        emptyFiltered={t('feedback.emptyFiltered')}
        testIds={{ filters: 'feedback-filters', table: 'feedback-table' }}
        scroll={{ x: 800 }}
        onRow={(r) => ({ 'data-testid': 'feedback-row', 'data-state': r.state, 'data-id': r.id }) as never}
      />
      <FeedbackDrawer id={openId} onClose={() => openRow(undefined)} />
    </div>
  );
}
