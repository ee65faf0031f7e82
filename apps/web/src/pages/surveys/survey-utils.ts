import type { SurveyAnswer, SurveyQuestionKind } from '@pinzhi/domain';

/** Form values keyed by question key → the API's answers (empty answers left out). Used by staff entry and the public page. */
export function formAnswers(
  questions: ReadonlyArray<{ key: string; kind: SurveyQuestionKind }>,
  values: Record<string, unknown>,
): SurveyAnswer[] {
  return questions.flatMap((q): SurveyAnswer[] => {
    const v = values[q.key];
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) return [];
    if (q.kind === 'RATING') return [{ questionKey: q.key, rating: Number(v) }];
    if (q.kind === 'TEXT') return [{ questionKey: q.key, text: String(v) }];
    return [{ questionKey: q.key, choices: Array.isArray(v) ? v.map(String) : [String(v)] }];
  });
}

/** The public page's address for a survey token (a round's shared link or a one-time code). */
export const publicUrl = (token: string) => `${window.location.origin}/s/${token}`;
