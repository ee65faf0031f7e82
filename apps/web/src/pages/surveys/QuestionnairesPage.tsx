// 问卷管理: questionnaires with their questions (Chinese, optional English); an answered questionnaire
// is frozen — copy it to change the questions.
import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SURVEY_OWNERS, SURVEY_QUESTION_KINDS } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useMe } from '../../session/SessionProvider';
import {
  CopyQuestionnaireMutation,
  CreateQuestionnaireMutation,
  QuestionnairesQuery,
  UpdateQuestionnaireMutation,
} from './surveys.operations';
import type { QuestionnaireFieldsFragment as Q } from '../../gql/graphql';

function Editor({ editing, onClose, onSaved }: { editing: Q | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reportError = useMutationErrors();
  const [create, creating] = useMutation(CreateQuestionnaireMutation);
  const [update, updating] = useMutation(UpdateQuestionnaireMutation);
  const existing = editing && editing !== 'new' ? editing : null;
  const frozen = !!existing?.frozenAt;
  const initial = existing
    ? {
        title: existing.title,
        titleEn: existing.titleEn,
        questions: existing.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o })) })),
      }
    : { questions: [{ key: 'q1', kind: 'RATING', text: '', required: true, options: [] }] };
  const save = async (v: {
    title: string;
    titleEn?: string;
    questions: Array<{
      key: string;
      kind: string;
      text: string;
      textEn?: string;
      required: boolean;
      options?: Array<{ key: string; text: string; textEn?: string }>;
    }>;
  }) => {
    const input = {
      title: v.title,
      titleEn: v.titleEn || null,
      questions: v.questions.map((q) => ({
        key: q.key,
        kind: q.kind as never,
        text: q.text,
        textEn: q.textEn || null,
        required: !!q.required,
        options: (q.options ?? []).map((o) => ({ key: o.key, text: o.text, textEn: o.textEn || null })),
      })),
    };
    try {
      if (existing) await update({ variables: { id: existing.id, input, expectedVersion: existing.version } });
      else await create({ variables: { input } });
      void message.success(t('surveys.questionnaires.saved'));
      onSaved();
      onClose();
    } catch (e) {
      reportError(e, { form, fields: ['title', 'titleEn', 'questions'] });
    }
  };
  return (
    <Drawer
      open={!!editing}
      width={720}
      title={existing ? t('surveys.questionnaires.edit') : t('surveys.questionnaires.new')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button type="primary" disabled={frozen} loading={creating.loading || updating.loading} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>
      }
    >
      {frozen ? <Alert type="info" showIcon message={t('surveys.questionnaires.frozenHint')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} disabled={frozen}>
        <Form.Item name="title" label={t('surveys.questionnaires.titleZh')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="titleEn" label={t('surveys.questionnaires.titleEn')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" title={`${i + 1}`} extra={<MinusCircleOutlined onClick={() => remove(f.name)} />}>
                  <Space wrap align="start">
                    <Form.Item
                      name={[f.name, 'key']}
                      label={t('surveys.questionnaires.key')}
                      rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,40}$/ }]}
                    >
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'kind']} label={t('surveys.questionnaires.kind')} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 160 }}
                        options={SURVEY_QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'required']} label={t('surveys.questionnaires.required')} valuePropName="checked">
                      <Switch />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[f.name, 'text']} label={t('surveys.questionnaires.text')} rules={[{ required: true, max: 300 }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'textEn']} label={t('surveys.questionnaires.textEn')} rules={[{ max: 300 }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const kind = form.getFieldValue(['questions', f.name, 'kind']);
                      if (kind !== 'SINGLE_CHOICE' && kind !== 'MULTIPLE_CHOICE') return null;
                      return (
                        <Form.List name={[f.name, 'options']}>
                          {(opts, ops) => (
                            <>
                              <Typography.Text type="secondary">{t('surveys.questionnaires.options')}</Typography.Text>
                              {opts.map((o) => (
                                <Space key={o.key} align="baseline" style={{ display: 'flex' }}>
                                  <Form.Item name={[o.name, 'key']} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,40}$/ }]}>
                                    <Input placeholder={t('surveys.questionnaires.key')} style={{ width: 100 }} />
                                  </Form.Item>
                                  <Form.Item name={[o.name, 'text']} rules={[{ required: true, max: 100 }]}>
                                    <Input placeholder={t('surveys.questionnaires.optionText')} />
                                  </Form.Item>
                                  <Form.Item name={[o.name, 'textEn']} rules={[{ max: 100 }]}>
                                    <Input placeholder={t('surveys.questionnaires.optionTextEn')} />
                                  </Form.Item>
                                  <MinusCircleOutlined onClick={() => ops.remove(o.name)} />
                                </Space>
                              ))}
                              <Button
                                size="small"
                                icon={<PlusOutlined />}
                                onClick={() => ops.add({ key: `o${opts.length + 1}`, text: '' })}
                              >
                                {t('surveys.questionnaires.addOption')}
                              </Button>
                            </>
                          )}
                        </Form.List>
                      );
                    }}
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ key: `q${fields.length + 1}`, kind: 'RATING', text: '', required: true, options: [] })}
              >
                {t('surveys.questionnaires.addQuestion')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

export default function QuestionnairesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const owner = SURVEY_OWNERS.includes(me.role);
  const reportError = useMutationErrors();
  const { data, loading, error, refetch } = useQuery(QuestionnairesQuery);
  const [copy] = useMutation(CopyQuestionnaireMutation);
  const [editing, setEditing] = useState<Q | 'new' | null>(null);
  const rows = data?.surveyQuestionnaires ?? [];
  return (
    <>
      <PageHeader
        title={t('surveys.questionnaires.title')}
        onBack={() => navigate('/surveys')}
        extra={
          owner ? (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('surveys.questionnaires.new')}
            </Button>
          ) : null
        }
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <TableSkeleton />
      ) : rows.length === 0 ? (
        <EmptyState title={t('surveys.questionnaires.empty')} />
      ) : (
        <Table
          rowKey="id"
          dataSource={rows}
          pagination={false}
          columns={[
            {
              key: 'title',
              title: t('surveys.questionnaires.titleZh'),
              render: (_, q) => <Typography.Link onClick={() => setEditing(q)}>{q.title}</Typography.Link>,
            },
            {
              key: 'n',
              title: t('surveys.questionnaires.questions'),
              render: (_, q) => t('surveys.questionnaires.count', { count: q.questions.length }),
            },
            { key: 'frozen', render: (_, q) => (q.frozenAt ? <Tag>{t('surveys.questionnaires.frozen')}</Tag> : null) },
            {
              key: 'copy',
              render: (_, q) =>
                owner ? (
                  <Button
                    size="small"
                    onClick={() =>
                      void copy({ variables: { id: q.id } }).then(
                        () => refetch(),
                        (e: unknown) => reportError(e),
                      )
                    }
                  >
                    {t('surveys.questionnaires.copy')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      <Editor editing={editing} onClose={() => setEditing(null)} onSaved={() => void refetch()} />
    </>
  );
}
