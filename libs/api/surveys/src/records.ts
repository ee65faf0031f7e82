import { HandbookRevisionProposal, SurveyQuestionnaire, SurveyResponse, SurveyRound } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const surveyRecordKinds: RecordKind[] = [
  entityRecordKind('SurveyQuestionnaire', SurveyQuestionnaire, (q) => ({ name: q.title, page: 'Questionnaires', pageId: null })),
  entityRecordKind('SurveyRound', SurveyRound, (r) => ({ name: r.name, page: 'SurveyRound', pageId: r.id })),
  entityRecordKind('SurveyResponse', SurveyResponse, async (s, ctx) => {
    const r = await ctx.loaders.entity(SurveyRound).load(s.roundId);
    return r ? { name: r.name, page: 'SurveyRound', pageId: r.id } : null;
  }),
  entityRecordKind('HandbookRevisionProposal', HandbookRevisionProposal, (p) =>
    p.roundId ? { name: short(p.text), page: 'SurveyRound', pageId: p.roundId } : { name: short(p.text), page: null, pageId: null },
  ),
];
