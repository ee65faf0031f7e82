// 公开问卷 /s/:token: outside the admin shell, no sign-in. Reads the round's questionnaire through the
// public API; a shared link sends a per-device id (localStorage), a one-time code is used once.
// Texts are here (not in the lazy feature bundle, which loads only after sign-in); zh default, en switch.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Rate, Result, Segmented, Skeleton, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { graphQLErrorsOf } from '../../lib/errors';
import { formAnswers } from './survey-utils';
import { PublicSurveyQuery, SubmitPublicSurveyMutation } from './surveys.operations';

type Lang = 'zh' | 'en';
const TEXTS = {
  zh: {
    submit: '提交问卷',
    thanks: '感谢您的宝贵意见！',
    thanksSub: '您的问卷已提交。',
    required: '请回答此题',
    closes: '截止日期：{d}',
    invalid: '无法打开问卷',
    retry: '重试',
    network: '网络异常，请稍后重试。',
  },
  en: {
    submit: 'Submit',
    thanks: 'Thank you for your feedback!',
    thanksSub: 'Your response has been received.',
    required: 'Please answer this question',
    closes: 'Closes on {d}',
    invalid: 'This survey cannot be opened',
    retry: 'Try again',
    network: 'Network problem; please try again later.',
  },
} as const;

const DEVICE_KEY = 'pinzhi.surveyDevice';
function deviceId(): string | null {
  try {
    let id = localStorage.getItem(DEVICE_KEY);
    if (!id) {
      id = crypto.randomUUID();
      localStorage.setItem(DEVICE_KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}

/** The refusal message in the chosen language (the API sends both). */
function refusalOf(error: unknown, lang: Lang): string | null {
  const e = graphQLErrorsOf(error)[0];
  if (!e) return null;
  const zh = e.extensions?.['messageZh'];
  return lang === 'zh' && typeof zh === 'string' ? zh : e.message;
}

export default function PublicSurveyPage() {
  const { token = '' } = useParams();
  const [lang, setLang] = useState<Lang>(() => {
    try {
      return localStorage.getItem('pinzhi.lang') === 'en-US' ? 'en' : 'zh';
    } catch {
      return 'zh';
    }
  });
  const tx = TEXTS[lang];
  const [form] = Form.useForm();
  const { data, loading, error, refetch } = useQuery(PublicSurveyQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [submit, submitting] = useMutation(SubmitPublicSurveyMutation);
  const [done, setDone] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const survey = data?.publicSurvey;
  const pick = (zh: string, en?: string | null) => (lang === 'en' && en ? en : zh);
  const device = useMemo(() => deviceId(), []);

  const send = async (values: Record<string, unknown>) => {
    if (!survey) return;
    setRefused(null);
    const answers = formAnswers(survey.questions, values);
    try {
      await submit({ variables: { token, deviceId: survey.oneTime ? null : device, answers } });
      setDone(true);
    } catch (e) {
      setRefused(refusalOf(e, lang) ?? tx.network);
    }
  };

  const header = (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography.Text type="secondary">品质 Pinzhi</Typography.Text>
      <Segmented
        size="small"
        value={lang}
        onChange={(v) => setLang(v as Lang)}
        options={[
          { label: '中文', value: 'zh' },
          { label: 'EN', value: 'en' },
        ]}
        data-testid="public-lang"
      />
    </Space>
  );

  let body;
  if (loading && !survey) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (error && !survey) {
    const msg = refusalOf(error, lang);
    body = (
      <Result
        status="warning"
        title={tx.invalid}
        subTitle={<span data-testid="public-refusal">{msg ?? tx.network}</span>}
        extra={msg ? null : <Button onClick={() => void refetch()}>{tx.retry}</Button>}
      />
    );
  } else if (done) body = <Result status="success" title={tx.thanks} subTitle={tx.thanksSub} data-testid="public-thanks" />;
  else if (survey) {
    body = (
      <>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {pick(survey.title, survey.titleEn)}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {survey.projectName} · {survey.roundName} · {tx.closes.replace('{d}', survey.closesOn)}
        </Typography.Paragraph>
        {refused ? (
          <Alert type="error" showIcon message={<span data-testid="public-refusal">{refused}</span>} style={{ marginBottom: 16 }} />
        ) : null}
        <Form form={form} layout="vertical" onFinish={(v) => void send(v)} data-testid="public-form" size="large">
          {survey.questions.map((q, i) => (
            <Form.Item
              key={q.key}
              name={q.key}
              label={`${i + 1}. ${pick(q.text, q.textEn)}`}
              rules={q.required ? [{ required: true, message: tx.required }] : []}
            >
              {q.kind === 'RATING' ? (
                <Rate style={{ fontSize: 32 }} data-testid={`q-${q.key}`} />
              ) : q.kind === 'SINGLE_CHOICE' ? (
                <Radio.Group data-testid={`q-${q.key}`}>
                  <Space direction="vertical">
                    {q.options.map((o) => (
                      <Radio key={o.key} value={o.key} style={{ padding: '6px 0' }}>
                        {pick(o.text, o.textEn)}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              ) : q.kind === 'MULTIPLE_CHOICE' ? (
                <Checkbox.Group data-testid={`q-${q.key}`}>
                  <Space direction="vertical">
                    {q.options.map((o) => (
                      <Checkbox key={o.key} value={o.key} style={{ padding: '6px 0' }}>
                        {pick(o.text, o.textEn)}
                      </Checkbox>
                    ))}
                  </Space>
                </Checkbox.Group>
              ) : (
                <Input.TextArea rows={3} maxLength={2000} data-testid={`q-${q.key}`} />
              )}
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" block loading={submitting.loading} data-testid="public-submit">
            {tx.submit}
          </Button>
        </Form>
      </>
    );
  }
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5', padding: 12 }}>
      <Card style={{ maxWidth: 640, margin: '0 auto' }} title={header}>
        {body}
      </Card>
    </div>
  );
}
