// 调查轮次: tally per question with charts, the shared link and one-time codes (QR-friendly URLs),
// staff entry of paper/phone/face-to-face responses, export, closing, and revision proposals.
import { lazy, Suspense, useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Radio,
  Rate,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { NumberInput, numberProblem } from '../../components/NumberInput';
import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SURVEY_OWNERS } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useMe } from '../../session/SessionProvider';
import { RoundStateTag, ProposalsCard } from './SurveysPage';
import { formAnswers, publicUrl } from './survey-utils';
import { QrImage } from '../../components/QrImage';
import { CloseRoundMutation, EnterResponseMutation, IssueTicketsMutation, ProposeMutation, SurveyRoundQuery } from './surveys.operations';
import type { SurveyRoundQuery as Data } from '../../gql/graphql';

const TallyChart = lazy(() => import('./TallyChart'));
type Round = NonNullable<Data['surveyRound']>;
type Question = NonNullable<Round['questionnaire']>['questions'][number];

function TallyTab({ round }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const questions = round.questionnaire?.questions ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Row gutter={16}>
        <Col>
          <Statistic
            title={t('surveys.rounds.responses')}
            value={round.tally.responses}
            valueStyle={{ fontSize: 28 }}
            data-testid="tally-responses"
          />
        </Col>
        {round.tally.byChannel.map((c) => (
          <Col key={c.channel}>
            <Statistic title={t(`surveys.channels.${c.channel}`)} value={c.count} />
          </Col>
        ))}
      </Row>
      {round.tally.questions.map((qt, i) => {
        const q = questions.find((x) => x.key === qt.questionKey);
        if (!q) return null;
        const label = (key: string) =>
          q.kind === 'RATING'
            ? `${key} ★`
            : (() => {
                const o = q.options.find((x) => x.key === key);
                return o ? (en && o.textEn ? o.textEn : o.text) : key;
              })();
        return (
          <Card
            key={q.key}
            size="small"
            title={`${i + 1}. ${en && q.textEn ? q.textEn : q.text}`}
            extra={
              <Space>
                {qt.averageRating != null ? <Tag color="blue">{t('surveys.round.average', { value: qt.averageRating })}</Tag> : null}
                <Typography.Text type="secondary">{t('surveys.round.answered', { count: qt.answered })}</Typography.Text>
              </Space>
            }
          >
            {q.kind === 'TEXT' ? (
              qt.texts.length ? (
                <List size="small" dataSource={qt.texts} renderItem={(x) => <List.Item>{x}</List.Item>} />
              ) : (
                <Typography.Text type="secondary">{t('surveys.round.noTexts')}</Typography.Text>
              )
            ) : (
              <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
                <TallyChart data={qt.counts.map((c) => ({ label: label(c.key), count: c.count, percent: c.percent }))} />
              </Suspense>
            )}
          </Card>
        );
      })}
    </Space>
  );
}

function LinksTab({ round, owner, onChanged }: { round: Round; owner: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [issue, issuing] = useMutation(IssueTicketsMutation);
  const [count, setCount] = useState<number | null>(10);
  const copy = (text: string) => void navigator.clipboard?.writeText(text).then(() => message.success(t('surveys.round.copied')));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('surveys.round.sharedLink')}>
        {round.linkToken ? (
          <Space align="start" wrap size={16}>
            <QrImage text={publicUrl(round.linkToken)} size={140} testId="shared-link-qr" />
            <Space direction="vertical">
              <Typography.Text copyable={{ text: publicUrl(round.linkToken) }} code data-testid="shared-link">
                {publicUrl(round.linkToken)}
              </Typography.Text>
              <Typography.Text type="secondary">{t('surveys.round.qrHint')}</Typography.Text>
              <Link to={`/surveys/${round.id}/codes`} data-testid="print-qr">
                <PrinterOutlined /> {t('surveys.round.printQr')}
              </Link>
            </Space>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('surveys.round.noSharedLink')}</Typography.Text>
        )}
      </Card>
      <Card
        size="small"
        title={t('surveys.round.tickets')}
        extra={
          owner && round.state !== 'CLOSED' ? (
            <Space>
              {round.tickets.length ? <Link to={`/surveys/${round.id}/codes`}>{t('surveys.round.printQr')}</Link> : null}
              <NumberInput
                min={1}
                max={500}
                integer
                value={count}
                onChange={(v) => setCount(v)}
                aria-label={t('surveys.round.issueCount')}
                inlineError
              />
              <Button
                loading={issuing.loading}
                disabled={count == null || numberProblem(t, count, { min: 1, max: 500, integer: true }) !== null}
                onClick={() =>
                  void issue({ variables: { roundId: round.id, count: count ?? 1 } }).then(onChanged, (e: unknown) => reportError(e))
                }
              >
                {t('surveys.round.issue')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={round.tickets}
          locale={{ emptyText: t('surveys.round.noTickets') }}
          data-testid="tickets-table"
          columns={[
            { key: 'code', title: t('surveys.round.code'), render: (_, x) => <Typography.Text code>{x.code}</Typography.Text> },
            {
              key: 'url',
              title: t('surveys.round.url'),
              render: (_, x) => (
                <Typography.Link onClick={() => copy(publicUrl(x.token))} data-testid="ticket-url">
                  {publicUrl(x.token)}
                </Typography.Link>
              ),
            },
            {
              key: 'used',
              title: t('surveys.round.usage'),
              width: 90,
              render: (_, x) => (x.usedAt ? <Tag>{t('surveys.round.used')}</Tag> : <Tag color="green">{t('surveys.round.unused')}</Tag>),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function EntryTab({ round, onSaved }: { round: Round; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reportError = useMutationErrors();
  const [enter, entering] = useMutation(EnterResponseMutation);
  const questions: Question[] = round.questionnaire?.questions ?? [];
  const text = (zh: string, enText?: string | null) => (en && enText ? enText : zh);
  const save = async (v: Record<string, unknown>) => {
    const answers = formAnswers(questions, v);
    try {
      await enter({ variables: { roundId: round.id, input: { channel: v['__channel'] as never, answers } } });
      void message.success(t('surveys.round.saved'));
      form.resetFields();
      onSaved();
    } catch (e) {
      reportError(e, { form, fields: ['channel'] });
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void save(v)}
      style={{ maxWidth: 640 }}
      initialValues={{ __channel: round.channels[0] }}
      data-testid="entry-form"
    >
      <Form.Item name="__channel" label={t('surveys.round.channel')} rules={[{ required: true }]}>
        <Radio.Group options={round.channels.map((c) => ({ value: c, label: t(`surveys.channels.${c}`) }))} optionType="button" />
      </Form.Item>
      {questions.map((q, i) => (
        <Form.Item key={q.key} name={q.key} label={`${i + 1}. ${text(q.text, q.textEn)}`} rules={q.required ? [{ required: true }] : []}>
          {q.kind === 'RATING' ? (
            <Rate />
          ) : q.kind === 'SINGLE_CHOICE' ? (
            <Radio.Group options={q.options.map((o) => ({ value: o.key, label: text(o.text, o.textEn) }))} />
          ) : q.kind === 'MULTIPLE_CHOICE' ? (
            <Checkbox.Group options={q.options.map((o) => ({ value: o.key, label: text(o.text, o.textEn) }))} />
          ) : (
            <Input.TextArea rows={2} maxLength={2000} />
          )}
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={entering.loading}>
        {t('surveys.round.submit')}
      </Button>
    </Form>
  );
}

function ProposeModal({ round, open, onClose, onDone }: { round: Round; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reportError = useMutationErrors();
  const [propose, proposing] = useMutation(ProposeMutation);
  const save = async (v: { questionKey?: string; text: string }) => {
    try {
      await propose({ variables: { input: { roundId: round.id, questionKey: v.questionKey ?? null, text: v.text } } });
      void message.success(t('surveys.round.proposed'));
      onClose();
      onDone();
    } catch (e) {
      reportError(e, { form, fields: ['questionKey', 'text'] });
    }
  };
  return (
    <Modal
      open={open}
      title={t('surveys.round.propose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={proposing.loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="questionKey" label={t('surveys.round.proposalQuestion')}>
          <Select allowClear options={(round.questionnaire?.questions ?? []).map((q) => ({ value: q.key, label: q.text }))} />
        </Form.Item>
        <Form.Item name="text" label={t('surveys.round.proposalText')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function SurveyRoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const owner = SURVEY_OWNERS.includes(me.role);
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const { data, loading, error, refetch } = useQuery(SurveyRoundQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [close, closing] = useMutation(CloseRoundMutation);
  const [proposing, setProposing] = useState(false);
  const [proposalsKey, setProposalsKey] = useState(0);
  const round = data?.surveyRound;
  if (error && !round) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !round) return <PageSkeleton />;
  if (!round) return <Empty />;
  return (
    <>
      <PageHeader
        title={round.name}
        onBack={() => navigate('/surveys')}
        tags={<RoundStateTag state={round.state} />}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} aria-label={t('common.reload')} title={t('common.reload')} onClick={() => void refetch()} />
            <Button
              loading={pending !== null}
              onClick={() => void download(`/downloads/survey-rounds/${round.id}/results.xlsx`, `${round.name}.xlsx`)}
            >
              {t('surveys.round.export')}
            </Button>
            {owner ? <Button onClick={() => setProposing(true)}>{t('surveys.round.propose')}</Button> : null}
            {owner && round.state !== 'CLOSED' ? (
              <Popconfirm
                title={t('surveys.round.closeConfirm')}
                onConfirm={() => void close({ variables: { id: round.id } }).catch((e: unknown) => reportError(e))}
              >
                <Button danger loading={closing.loading}>
                  {t('surveys.round.close')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('surveys.rounds.project')}>
          {round.project ? `${round.project.code} ${round.project.name}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.rounds.dates')}>{`${round.opensOn} ~ ${round.closesOn}`}</Descriptions.Item>
        <Descriptions.Item label={t('surveys.rounds.questionnaire')}>{round.questionnaire?.title ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          { key: 'tally', label: t('surveys.round.tally'), children: <TallyTab round={round} /> },
          ...(owner
            ? [
                {
                  key: 'links',
                  label: t('surveys.round.links'),
                  children: <LinksTab round={round} owner={owner} onChanged={() => void refetch()} />,
                },
              ]
            : []),
          ...(owner && round.state !== 'CLOSED'
            ? [{ key: 'entry', label: t('surveys.round.entry'), children: <EntryTab round={round} onSaved={() => void refetch()} /> }]
            : []),
          {
            key: 'proposals',
            label: t('surveys.proposals.title'),
            children: <ProposalsCard key={proposalsKey} projectId={round.project?.id} />,
          },
        ]}
      />
      <ProposeModal round={round} open={proposing} onClose={() => setProposing(false)} onDone={() => setProposalsKey((k) => k + 1)} />
    </>
  );
}
