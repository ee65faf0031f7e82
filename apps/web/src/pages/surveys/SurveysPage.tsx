// 客户意见调查: survey rounds (latest first) with their state and responses, a "new round" form,
// and the handbook revision proposals the Quality Center decides.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SURVEY_CHANNELS, SURVEY_OWNERS } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { byText, byValue, ListPage, useListState } from '../../components/list-page';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs } from '../../lib/format';
import { useMe } from '../../session/SessionProvider';
import { CreateRoundMutation, DecideProposalMutation, ProposalsQuery, SurveyRoundsQuery } from './surveys.operations';
import type { SurveyRoundsQuery as Data } from '../../gql/graphql';

type Row = Data['surveyRounds']['nodes'][number];
const STATE_COLOR = { SCHEDULED: 'default', OPEN: 'processing', CLOSED: 'success' } as const;

export function RoundStateTag({ state }: { state: Row['state'] }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]}>{t(`surveys.states.${state}`)}</Tag>;
}

function NewRoundModal({ open, onClose, data }: { open: boolean; onClose: () => void; data: Data | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const [create, creating] = useMutation(CreateRoundMutation);
  const save = async (v: {
    projectId: string;
    questionnaireId: string;
    name: string;
    channels: string[];
    dates: [dayjs.Dayjs, dayjs.Dayjs];
    sharedLink: boolean;
  }) => {
    try {
      const r = await create({
        variables: {
          input: {
            projectId: v.projectId,
            questionnaireId: v.questionnaireId,
            name: v.name,
            channels: v.channels as never,
            opensOn: v.dates[0].format('YYYY-MM-DD'),
            closesOn: v.dates[1].format('YYYY-MM-DD'),
            sharedLink: !!v.sharedLink,
          },
        },
      });
      onClose();
      if (r.data) navigate(`/surveys/${r.data.createSurveyRound.id}`);
    } catch (e) {
      reportError(e, {
        form,
        fields: ['projectId', 'questionnaireId', 'name', 'channels', 'opensOn', 'closesOn'],
        rename: { opensOn: 'dates', closesOn: 'dates' },
      });
    }
  };
  return (
    <Modal
      open={open}
      title={t('surveys.rounds.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating.loading}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{ channels: ['PAPER', 'ONLINE'], sharedLink: true }}
      >
        <Form.Item name="projectId" label={t('surveys.rounds.project')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item name="questionnaireId" label={t('surveys.rounds.questionnaire')} rules={[{ required: true }]}>
          <Select options={(data?.surveyQuestionnaires ?? []).map((q) => ({ value: q.id, label: q.title }))} />
        </Form.Item>
        <Form.Item name="name" label={t('surveys.rounds.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dates" label={t('surveys.rounds.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="channels" label={t('surveys.rounds.channels')} rules={[{ required: true }]}>
          <Checkbox.Group options={SURVEY_CHANNELS.map((c) => ({ value: c, label: t(`surveys.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="sharedLink" valuePropName="checked">
          <Checkbox>{t('surveys.rounds.sharedLink')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ProposalsCard({ projectId }: { projectId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const owner = SURVEY_OWNERS.includes(me.role);
  const reportError = useMutationErrors();
  const { data, loading, error, refetch } = useQuery(ProposalsQuery, { variables: { projectId } });
  const [decide, deciding] = useMutation(DecideProposalMutation);
  const rows = data?.handbookProposals.nodes ?? [];
  const act = async (id: string, status: 'ACCEPTED' | 'REJECTED', version: number) => {
    try {
      await decide({ variables: { id, status, expectedVersion: version } });
      void message.success(t('surveys.proposals.decided'));
      void refetch();
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };
  return (
    <Card title={t('surveys.proposals.title')} size="small" data-testid="proposals">
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('surveys.proposals.empty') }}
          columns={[
            { key: 'project', title: t('surveys.rounds.project'), render: (_, r) => r.project?.code ?? '—', width: 90 },
            { key: 'text', title: t('surveys.round.proposalText'), dataIndex: 'text' },
            {
              key: 'status',
              title: t('surveys.rounds.state'),
              width: 90,
              render: (_, r) => (
                <Tag color={r.status === 'OPEN' ? 'gold' : r.status === 'ACCEPTED' ? 'green' : 'default'}>
                  {t(`surveys.proposalStatus.${r.status}`)}
                </Tag>
              ),
            },
            {
              key: 'act',
              width: 200,
              render: (_, r) => (
                <Space>
                  {r.handbook ? <Link to={`/handbooks/${r.handbook.id}`}>{t('surveys.proposals.openHandbook')}</Link> : null}
                  {owner && r.status === 'OPEN' ? (
                    <>
                      <Button size="small" type="link" disabled={deciding.loading} onClick={() => void act(r.id, 'ACCEPTED', r.version)}>
                        {t('surveys.proposals.accept')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        danger
                        disabled={deciding.loading}
                        onClick={() => void act(r.id, 'REJECTED', r.version)}
                      >
                        {t('surveys.proposals.reject')}
                      </Button>
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Sorted in the browser: the rounds come whole (latest first). */
const ROUND_SORTS = { name: true, dates: true, responses: true } as const;

export default function SurveysPage() {
  const { t } = useTranslation();
  const me = useMe();
  const owner = SURVEY_OWNERS.includes(me.role);
  const [creating, setCreating] = useState(false);
  const list = useListState({ sorts: ROUND_SORTS, paging: 'none' });
  const query = useQuery(SurveyRoundsQuery, { variables: { first: 50 } });
  const d = query.data ?? query.previousData;
  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('surveys.rounds.name'),
      sorter: byText((r) => r.name),
      render: (_, r) => <Link to={`/surveys/${r.id}`}>{r.name}</Link>,
    },
    { key: 'project', title: t('surveys.rounds.project'), render: (_, r) => (r.project ? `${r.project.code} ${r.project.name}` : '—') },
    { key: 'dates', title: t('surveys.rounds.dates'), sorter: byValue((r) => r.opensOn), render: (_, r) => `${r.opensOn} ~ ${r.closesOn}` },
    {
      key: 'channels',
      title: t('surveys.rounds.channels'),
      render: (_, r) => r.channels.map((c) => t(`surveys.channels.${c}`)).join('、'),
    },
    {
      key: 'responses',
      title: t('surveys.rounds.responses'),
      align: 'right',
      sorter: byValue((r) => r.tally.responses),
      render: (_, r) => r.tally.responses,
    },
    { key: 'state', title: t('surveys.rounds.state'), render: (_, r) => <RoundStateTag state={r.state} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('surveys.rounds.title')}
        subTitle={t('surveys.rounds.subtitle')}
        extra={
          <Space>
            <Link to="/surveys/questionnaires">{t('surveys.rounds.questionnaires')}</Link>
            {owner ? (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="new-round">
                {t('surveys.rounds.new')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <ListPage<Row>
        list={list}
        query={query}
        rows={d?.surveyRounds.nodes}
        columns={columns}
        empty={<EmptyState title={t('surveys.rounds.empty')} hint={t('surveys.rounds.emptyHint')} />}
        testIds={{ table: 'rounds-table' }}
      />
      <Typography.Paragraph />
      <ProposalsCard />
      <NewRoundModal open={creating} onClose={() => setCreating(false)} data={d} />
    </>
  );
}
