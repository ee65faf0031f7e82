import { graphql } from '../../gql';

// The public survey page's own operations (its own entry, survey.html: nothing else is bundled).
export const PublicSurveyQuery = graphql(`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) {
      companyName
      companyLogo
      roundName
      projectName
      title
      titleEn
      oneTime
      closesOn
      questions {
        key
        kind
        text
        textEn
        required
        options {
          key
          text
          textEn
        }
      }
    }
  }
`);

export const SubmitPublicSurveyMutation = graphql(`
  mutation SubmitPublicSurvey($token: String!, $deviceId: String, $answers: [SurveyAnswerInput!]!) {
    submitPublicSurvey(token: $token, deviceId: $deviceId, answers: $answers) {
      ok
    }
  }
`);
