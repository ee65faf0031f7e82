import type { DownloadRoute, RateLimits } from '@pinzhi/api-core';
import { exportRound } from './excel';
import {
  HandbookProposalResolver,
  PublicSurveyCompanyResolver,
  type PublicSurveyCompany,
  PublicSurveyResolver,
  QuestionnaireResolver,
  SurveyResponseResolver,
  SurveyRoundResolver,
} from './surveys.resolver';
import { SurveysService, type PublicLimits, type RoundTenantResolver } from './surveys.service';
import { surveyRecordKinds } from './records';

export * from './types';
export { SurveysService, refusal, DEFAULT_PUBLIC_LIMITS } from './surveys.service';
export type { PublicLimits, RoundTenantResolver } from './surveys.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Customer opinion surveys (销售案场客户意见调查). `roundTenant` comes from the composition
 * root: the public link's token names a round, and only that round's tenant is opened.
 */
export function surveysModule(options: {
  roundTenant: RoundTenantResolver;
  rateLimits: RateLimits;
  publicLimits?: PublicLimits;
  /** The company's name and logo for the public page. */
  company?: PublicSurveyCompany;
}) {
  const surveys = new SurveysService(options.roundTenant, options.rateLimits, options.publicLimits);
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/survey-rounds/:id/results.xlsx',
      handle: async (ctx, params) => ({ contentType: XLSX, ...(await exportRound(ctx, surveys, params['id'])) }),
    },
  ];
  return {
    records: surveyRecordKinds,
    surveys,
    downloads,
    resolvers: [
      QuestionnaireResolver,
      SurveyRoundResolver,
      HandbookProposalResolver,
      PublicSurveyResolver,
      PublicSurveyCompanyResolver,
      SurveyResponseResolver,
    ] as const,
    instances: [
      new QuestionnaireResolver(surveys),
      new SurveyRoundResolver(surveys),
      new HandbookProposalResolver(surveys),
      new PublicSurveyResolver(surveys),
      new PublicSurveyCompanyResolver(options.company ?? { name: async () => null, logo: async () => null }),
      new SurveyResponseResolver(),
    ],
  };
}
