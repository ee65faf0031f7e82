import type { Role } from './roles';

/**
 * Customer opinion surveys (销售案场客户意见调查), pure: question kinds, answer checks and
 * tallies. Shared by the API (validation, tallies) and the web client (forms, charts).
 */
export const SURVEY_QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'TEXT'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

export const SURVEY_CHANNELS = ['PAPER', 'PHONE', 'FACE_TO_FACE', 'ONLINE'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

export const SURVEY_CHANNEL_LABELS: Record<SurveyChannel, { zh: string; en: string }> = {
  PAPER: { zh: '纸质问卷', en: 'Paper' },
  PHONE: { zh: '电话回访', en: 'Phone' },
  FACE_TO_FACE: { zh: '面谈', en: 'Face to face' },
  ONLINE: { zh: '在线填写', en: 'Online' },
};

export const PROPOSAL_STATUSES = ['OPEN', 'ACCEPTED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Who writes questionnaires, runs rounds, enters responses and proposes revisions. */
export const SURVEY_OWNERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];
/** Who reads rounds and tallies (REGIONAL_OPS: their regions). */
export const SURVEY_READERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'PROJECT_MANAGER'];

export const SURVEY_RULES = {
  title: { min: 1, max: 100 },
  questionText: { min: 1, max: 300 },
  optionText: { min: 1, max: 100 },
  questions: { min: 1, max: 50 },
  options: { min: 2, max: 20 },
  answerText: { max: 2000 },
  rating: { min: 1, max: 5 },
  tickets: { min: 1, max: 500 },
  proposal: { min: 1, max: 2000 },
} as const;

export interface SurveyOption {
  key: string;
  text: string;
  textEn: string | null;
}
export interface SurveyQuestion {
  key: string;
  kind: SurveyQuestionKind;
  text: string;
  textEn: string | null;
  required: boolean;
  options: SurveyOption[];
}
export interface SurveyAnswer {
  questionKey: string;
  choices?: string[] | null;
  rating?: number | null;
  text?: string | null;
}

export type AnswerProblemReason = 'REQUIRED' | 'INVALID_VALUE' | 'OUT_OF_RANGE' | 'TOO_LONG' | 'NOT_FOUND';
export interface AnswerProblem {
  /** Index in the answers given, or -1 for a missing required question. */
  index: number;
  questionKey: string;
  field: 'questionKey' | 'choices' | 'rating' | 'text';
  reason: AnswerProblemReason;
  message: string;
}

/** Problems of a questionnaire's structure (keys unique, choices with options). */
export function questionnaireProblems(
  questions: SurveyQuestion[],
): Array<{ index: number; field: string; reason: AnswerProblemReason | 'TAKEN'; message: string }> {
  const out: Array<{ index: number; field: string; reason: AnswerProblemReason | 'TAKEN'; message: string }> = [];
  const keys = new Set<string>();
  questions.forEach((q, index) => {
    if (keys.has(q.key)) out.push({ index, field: 'key', reason: 'TAKEN', message: `Question key ${q.key} is used twice` });
    keys.add(q.key);
    const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE';
    if (choice && q.options.length < SURVEY_RULES.options.min)
      out.push({ index, field: 'options', reason: 'REQUIRED', message: 'A choice question needs at least two options' });
    if (!choice && q.options.length > 0)
      out.push({ index, field: 'options', reason: 'INVALID_VALUE', message: 'Only choice questions have options' });
    const optionKeys = new Set(q.options.map((o) => o.key));
    if (optionKeys.size !== q.options.length)
      out.push({ index, field: 'options', reason: 'INVALID_VALUE', message: 'Option keys must be unique' });
  });
  return out;
}

/** Checks answers against the questions: each at most once, required ones present, values valid. */
export function answerProblems(questions: SurveyQuestion[], answers: SurveyAnswer[]): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const seen = new Set<string>();
  answers.forEach((a, index) => {
    const q = byKey.get(a.questionKey);
    const add = (field: AnswerProblem['field'], reason: AnswerProblemReason, message: string) =>
      out.push({ index, questionKey: a.questionKey, field, reason, message });
    if (!q) return add('questionKey', 'NOT_FOUND', 'This question is not in the questionnaire');
    if (seen.has(q.key)) return add('questionKey', 'INVALID_VALUE', 'This question is answered twice');
    seen.add(q.key);
    const choices = a.choices ?? [];
    const empty = q.kind === 'RATING' ? a.rating == null : q.kind === 'TEXT' ? !(a.text ?? '').trim() : choices.length === 0;
    if (empty) {
      if (q.required)
        add(q.kind === 'RATING' ? 'rating' : q.kind === 'TEXT' ? 'text' : 'choices', 'REQUIRED', 'Please answer this question');
      return;
    }
    if (q.kind === 'RATING') {
      if (!Number.isInteger(a.rating) || a.rating! < SURVEY_RULES.rating.min || a.rating! > SURVEY_RULES.rating.max)
        add('rating', 'OUT_OF_RANGE', 'Rate from 1 to 5');
    } else if (q.kind === 'TEXT') {
      if ((a.text ?? '').length > SURVEY_RULES.answerText.max) add('text', 'TOO_LONG', `At most ${SURVEY_RULES.answerText.max} characters`);
    } else {
      const options = new Set(q.options.map((o) => o.key));
      if (choices.some((c) => !options.has(c)) || new Set(choices).size !== choices.length)
        add('choices', 'INVALID_VALUE', 'Choose among the given options');
      else if (q.kind === 'SINGLE_CHOICE' && choices.length > 1) add('choices', 'INVALID_VALUE', 'Choose one option');
    }
  });
  for (const q of questions) {
    if (q.required && !seen.has(q.key))
      out.push({
        index: -1,
        questionKey: q.key,
        field: q.kind === 'RATING' ? 'rating' : q.kind === 'TEXT' ? 'text' : 'choices',
        reason: 'REQUIRED',
        message: 'Please answer this question',
      });
  }
  return out;
}

/** Keeps only the part of each answer its question uses (choices, rating or trimmed text). */
export function normaliseAnswers(questions: SurveyQuestion[], answers: SurveyAnswer[]): SurveyAnswer[] {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return answers.flatMap((a): SurveyAnswer[] => {
    const q = byKey.get(a.questionKey);
    if (!q) return [];
    if (q.kind === 'RATING') return a.rating == null ? [] : [{ questionKey: q.key, rating: a.rating }];
    if (q.kind === 'TEXT') return (a.text ?? '').trim() ? [{ questionKey: q.key, text: a.text!.trim() }] : [];
    return (a.choices ?? []).length ? [{ questionKey: q.key, choices: [...a.choices!] }] : [];
  });
}

export interface QuestionTally {
  questionKey: string;
  kind: SurveyQuestionKind;
  /** Responses that answered this question. */
  answered: number;
  /** Per option (choice questions) or per rating 1–5 (rating questions): count and % of answered. */
  counts: Array<{ key: string; count: number; percent: number }>;
  /** Rating questions: the mean, two decimals; null without answers. */
  averageRating: number | null;
  /** Text questions: the latest texts (at most 20). */
  texts: string[];
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 10_000) / of) / 100);

/** Tallies of every question over the given responses' answers (latest first for texts). */
export function tally(questions: SurveyQuestion[], responses: SurveyAnswer[][]): QuestionTally[] {
  return questions.map((q) => {
    const answers = responses.map((r) => r.find((a) => a.questionKey === q.key)).filter((a): a is SurveyAnswer => !!a);
    if (q.kind === 'RATING') {
      const ratings = answers.map((a) => a.rating).filter((r): r is number => typeof r === 'number');
      const sum = ratings.reduce((s, r) => s + r, 0);
      return {
        questionKey: q.key,
        kind: q.kind,
        answered: ratings.length,
        counts: [1, 2, 3, 4, 5].map((v) => {
          const count = ratings.filter((r) => r === v).length;
          return { key: String(v), count, percent: pct(count, ratings.length) };
        }),
        averageRating: ratings.length ? Math.round((sum * 100) / ratings.length) / 100 : null,
        texts: [],
      };
    }
    if (q.kind === 'TEXT') {
      const texts = answers.map((a) => a.text ?? '').filter(Boolean);
      return {
        questionKey: q.key,
        kind: q.kind,
        answered: texts.length,
        counts: [],
        averageRating: null,
        texts: texts.slice(-20).reverse(),
      };
    }
    const answered = answers.filter((a) => (a.choices ?? []).length > 0);
    return {
      questionKey: q.key,
      kind: q.kind,
      answered: answered.length,
      counts: q.options.map((o) => {
        const count = answered.filter((a) => a.choices!.includes(o.key)).length;
        return { key: o.key, count, percent: pct(count, answered.length) };
      }),
      averageRating: null,
      texts: [],
    };
  });
}

/** A round's state on a local date: before it opens, open, or closed (by date or by hand). */
export type SurveyRoundState = 'SCHEDULED' | 'OPEN' | 'CLOSED';
export function surveyRoundState(opensOn: string, closesOn: string, closedAt: Date | null, today: string): SurveyRoundState {
  if (closedAt || today > closesOn) return 'CLOSED';
  if (today < opensOn) return 'SCHEDULED';
  return 'OPEN';
}
