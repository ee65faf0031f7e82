// 公开问卷 /s/:token: what a customer opens on a phone — no sign-in, no admin shell. It has an entry
// of its own (survey.html → survey-main.tsx) and is written with plain elements and a little CSS,
// not antd, so the phone loads React, a GraphQL client and this page only. Reads the round's
// questionnaire through the public API; a shared link sends a per-device id (localStorage), a
// one-time code is used once. Branded with the company's name. Texts are here (zh default, en
// switch). A refusal on submitting shows where the user is: beside the submit button, or — already
// answered / code used — instead of the form.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphQLErrorsOf } from '../../lib/errors';
import { formAnswers } from './survey-utils';
import { PublicSurveyQuery, SubmitPublicSurveyMutation } from './public-survey.operations';

type Lang = 'zh' | 'en';
const TEXTS = {
  zh: {
    submit: '提交问卷',
    submitting: '正在提交…',
    thanks: '感谢您的宝贵意见！',
    thanksSub: '您的问卷已提交。',
    required: '请回答此题',
    fixFirst: '还有必答题没有回答，请查看标红的题目。',
    closes: '截止日期：{d}',
    invalid: '无法打开问卷',
    retry: '重试',
    loading: '正在加载问卷…',
    network: '网络异常，请稍后重试。',
    answered: '您已填写过本问卷',
    answeredSub: '感谢您的参与，每台设备（或每个问卷码）只能提交一次。',
    survey: '客户意见调查',
    stars: '{n} 星',
  },
  en: {
    submit: 'Submit',
    submitting: 'Sending…',
    thanks: 'Thank you for your feedback!',
    thanksSub: 'Your response has been received.',
    required: 'Please answer this question',
    fixFirst: 'Some required questions are not answered yet; see the ones marked in red.',
    closes: 'Closes on {d}',
    invalid: 'This survey cannot be opened',
    retry: 'Try again',
    loading: 'Loading the survey…',
    network: 'Network problem; please try again later.',
    answered: 'You have already answered this survey',
    answeredSub: 'Thank you for taking part: each device (or code) can answer once.',
    survey: 'Customer survey',
    stars: '{n} stars',
  },
} as const;

const CSS = `
.ps{min-height:100vh;background:#f5f5f5;padding:12px;box-sizing:border-box;color:rgba(0,0,0,.88);font-size:16px;line-height:1.6}
.ps *{box-sizing:border-box}
.ps-card{max-width:640px;margin:0 auto;background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.ps-head{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:12px 16px;border-bottom:1px solid #f0f0f0}
.ps-company{font-weight:600;font-size:16px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;display:flex;align-items:center;gap:8px}
.ps-logo{height:28px;max-width:96px;object-fit:contain;flex:none}
.ps-lang{display:flex;border:1px solid #d9d9d9;border-radius:6px;overflow:hidden;flex:none}
.ps-lang button{border:0;background:#fff;padding:2px 10px;font-size:13px;cursor:pointer}
.ps-lang button[aria-pressed=true]{background:#1677ff;color:#fff}
.ps-body{padding:16px}
.ps-title{font-size:20px;font-weight:600;margin:0 0 4px}
.ps-meta{color:rgba(0,0,0,.45);font-size:14px;margin:0 0 16px}
.ps-q{border:0;margin:0 0 20px;padding:0;min-width:0}
.ps-q legend{font-weight:500;margin-bottom:8px;padding:0}
.ps-q .req{color:#ff4d4f;margin-right:4px}
.ps-q.bad legend{color:#ff4d4f}
.ps-opt{display:flex;align-items:center;gap:10px;padding:8px 0;cursor:pointer}
.ps-opt input{width:20px;height:20px;margin:0;accent-color:#1677ff;flex:none}
.ps-stars{display:flex;gap:4px}
.ps-stars button{border:0;background:none;font-size:34px;line-height:1;padding:2px;cursor:pointer;color:#e8e8e8}
.ps-stars button.on{color:#fadb14}
.ps textarea{width:100%;min-height:88px;font:inherit;padding:8px 10px;border:1px solid #d9d9d9;border-radius:6px;resize:vertical}
.ps textarea:focus{outline:2px solid #91caff;border-color:#1677ff}
.ps-err{color:#ff4d4f;font-size:14px;margin-top:4px}
.ps-alert{border:1px solid #ffccc7;background:#fff2f0;border-radius:6px;padding:10px 12px;margin-bottom:12px;font-size:15px}
.ps-submit{width:100%;height:48px;border:0;border-radius:8px;background:#1677ff;color:#fff;font-size:17px;cursor:pointer}
.ps-submit:disabled{opacity:.6;cursor:default}
.ps-result{text-align:center;padding:40px 8px}
.ps-result .icon{font-size:56px;line-height:1}
.ps-result h2{font-size:22px;margin:16px 0 8px}
.ps-result p{color:rgba(0,0,0,.45);margin:0 0 16px}
.ps-ghost{border:1px solid #d9d9d9;background:#fff;border-radius:6px;padding:6px 16px;font-size:15px;cursor:pointer}
.ps-skel{height:14px;background:linear-gradient(90deg,#f2f2f2 25%,#e6e6e6 37%,#f2f2f2 63%);background-size:400% 100%;border-radius:4px;margin:12px 0;animation:ps-s 1.4s ease infinite}
@keyframes ps-s{0%{background-position:100% 50%}100%{background-position:0 50%}}
`;

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
const reasonOf = (error: unknown): string | null => {
  const r = graphQLErrorsOf(error)[0]?.extensions?.['reason'];
  return typeof r === 'string' ? r : null;
};
/** Refusals that end the visit: the form cannot be sent again from here. */
const FINAL_REASONS = new Set(['ALREADY_ANSWERED', 'TOKEN_USED']);

type Value = number | string | string[];

function ResultBox({
  icon,
  title,
  sub,
  testId,
  children,
}: {
  icon: string;
  title: string;
  sub?: string;
  testId: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="ps-result" data-testid={testId}>
      <div className="icon" aria-hidden>
        {icon}
      </div>
      <h2>{title}</h2>
      {sub ? <p>{sub}</p> : null}
      {children}
    </div>
  );
}

export default function PublicSurveyPage({ token }: { token: string }) {
  const [lang, setLang] = useState<Lang>(() => {
    try {
      return localStorage.getItem('pinzhi.lang') === 'en-US' ? 'en' : 'zh';
    } catch {
      return 'zh';
    }
  });
  const tx = TEXTS[lang];
  const { data, loading, error, refetch } = useQuery(PublicSurveyQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [submit, submitting] = useMutation(SubmitPublicSurveyMutation);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [done, setDone] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [answered, setAnswered] = useState(false);
  const refusalRef = useRef<HTMLDivElement>(null);
  const survey = data?.publicSurvey;
  const pick = (zh: string, en?: string | null) => (lang === 'en' && en ? en : zh);
  const device = useMemo(() => deviceId(), []);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    if (survey) document.title = [pick(survey.title, survey.titleEn), survey.companyName].filter(Boolean).join(' · ');
  });
  // The refusal appears beside the submit button; bring it into view (a long form is scrolled down).
  useEffect(() => {
    if (refused) refusalRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [refused]);

  const set = (key: string, value: Value) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMissing((m) => {
      if (!m.has(key)) return m;
      const next = new Set(m);
      next.delete(key);
      return next;
    });
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!survey) return;
    setRefused(null);
    const empty = (v: Value | undefined) => v == null || v === '' || (Array.isArray(v) && v.length === 0);
    const unanswered = survey.questions.filter((q) => q.required && empty(values[q.key])).map((q) => q.key);
    if (unanswered.length) {
      setMissing(new Set(unanswered));
      document.getElementById(`q-${unanswered[0]}`)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      return;
    }
    try {
      await submit({ variables: { token, deviceId: survey.oneTime ? null : device, answers: formAnswers(survey.questions, values) } });
      setDone(true);
      window.scrollTo?.({ top: 0 });
    } catch (err) {
      if (FINAL_REASONS.has(reasonOf(err) ?? '')) {
        setAnswered(true);
        window.scrollTo?.({ top: 0 });
      } else setRefused(refusalOf(err, lang) ?? tx.network);
    }
  };

  let body;
  if (loading && !survey)
    body = (
      <div aria-busy="true" aria-label={tx.loading}>
        {[60, 90, 75, 90, 50].map((w, i) => (
          <div key={i} className="ps-skel" style={{ width: `${w}%` }} />
        ))}
      </div>
    );
  else if (error && !survey) {
    const msg = refusalOf(error, lang);
    body = (
      <ResultBox icon="⚠️" title={tx.invalid} testId="public-error">
        <p data-testid="public-refusal">{msg ?? tx.network}</p>
        {msg ? null : (
          <button type="button" className="ps-ghost" onClick={() => void refetch()}>
            {tx.retry}
          </button>
        )}
      </ResultBox>
    );
  } else if (done) body = <ResultBox icon="✅" title={tx.thanks} sub={tx.thanksSub} testId="public-thanks" />;
  else if (answered) body = <ResultBox icon="ℹ️" title={tx.answered} sub={tx.answeredSub} testId="public-answered" />;
  else if (survey) {
    body = (
      <>
        <h1 className="ps-title">{pick(survey.title, survey.titleEn)}</h1>
        <p className="ps-meta">
          {survey.projectName} · {survey.roundName} · {tx.closes.replace('{d}', survey.closesOn)}
        </p>
        <form onSubmit={(e) => void send(e)} data-testid="public-form" noValidate>
          {survey.questions.map((q, i) => {
            const bad = missing.has(q.key);
            const v = values[q.key];
            return (
              <fieldset key={q.key} id={`q-${q.key}`} className={`ps-q${bad ? ' bad' : ''}`} data-testid={`q-${q.key}`}>
                <legend>
                  {q.required ? <span className="req">*</span> : null}
                  {`${i + 1}. ${pick(q.text, q.textEn)}`}
                </legend>
                {q.kind === 'RATING' ? (
                  <div className="ps-stars" role="radiogroup" aria-label={pick(q.text, q.textEn)}>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <button
                        key={n}
                        type="button"
                        role="radio"
                        aria-checked={v === n}
                        aria-label={tx.stars.replace('{n}', String(n))}
                        className={typeof v === 'number' && n <= v ? 'on' : undefined}
                        onClick={() => set(q.key, n)}
                      >
                        ★
                      </button>
                    ))}
                  </div>
                ) : q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE' ? (
                  q.options.map((o) => {
                    const multiple = q.kind === 'MULTIPLE_CHOICE';
                    const list = Array.isArray(v) ? v : [];
                    return (
                      <label key={o.key} className="ps-opt">
                        <input
                          type={multiple ? 'checkbox' : 'radio'}
                          name={q.key}
                          value={o.key}
                          checked={multiple ? list.includes(o.key) : v === o.key}
                          onChange={(e) =>
                            set(q.key, multiple ? (e.target.checked ? [...list, o.key] : list.filter((x) => x !== o.key)) : o.key)
                          }
                        />
                        <span>{pick(o.text, o.textEn)}</span>
                      </label>
                    );
                  })
                ) : (
                  <textarea
                    maxLength={2000}
                    value={typeof v === 'string' ? v : ''}
                    onChange={(e) => set(q.key, e.target.value)}
                    aria-label={pick(q.text, q.textEn)}
                  />
                )}
                {bad ? (
                  <div className="ps-err" role="alert">
                    {tx.required}
                  </div>
                ) : null}
              </fieldset>
            );
          })}
          {missing.size ? (
            <div className="ps-alert" role="alert">
              {tx.fixFirst}
            </div>
          ) : null}
          {refused ? (
            <div ref={refusalRef} className="ps-alert" role="alert">
              <span data-testid="public-refusal">{refused}</span>
            </div>
          ) : null}
          <button type="submit" className="ps-submit" disabled={submitting.loading} data-testid="public-submit">
            {submitting.loading ? tx.submitting : tx.submit}
          </button>
        </form>
      </>
    );
  }
  return (
    <div className="ps">
      <style>{CSS}</style>
      <div className="ps-card">
        <div className="ps-head">
          <span className="ps-company" data-testid="public-company">
            {survey?.companyLogo && <img className="ps-logo" src={survey.companyLogo} alt="" data-testid="public-logo" />}
            {survey?.companyName ?? tx.survey}
          </span>
          <div className="ps-lang" role="group" data-testid="public-lang">
            {(['zh', 'en'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
                {l === 'zh' ? '中文' : 'EN'}
              </button>
            ))}
          </div>
        </div>
        <div className="ps-body">{body}</div>
      </div>
    </div>
  );
}
