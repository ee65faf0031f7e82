import { graphql } from '../../gql';

export const QuestionnaireFields = graphql(`
  fragment QuestionnaireFields on SurveyQuestionnaire {
    id
    title
    titleEn
    frozenAt
    archivedAt
    version
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
`);

export const QuestionnairesQuery = graphql(`
  query SurveyQuestionnaires {
    surveyQuestionnaires {
      ...QuestionnaireFields
    }
  }
`);

export const CreateQuestionnaireMutation = graphql(`
  mutation CreateSurveyQuestionnaire($input: QuestionnaireInput!) {
    createSurveyQuestionnaire(input: $input) {
      ...QuestionnaireFields
    }
  }
`);

export const UpdateQuestionnaireMutation = graphql(`
  mutation UpdateSurveyQuestionnaire($id: ID!, $input: QuestionnaireInput!, $expectedVersion: Int) {
    updateSurveyQuestionnaire(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...QuestionnaireFields
    }
  }
`);

export const CopyQuestionnaireMutation = graphql(`
  mutation CopySurveyQuestionnaire($id: ID!) {
    copySurveyQuestionnaire(id: $id) {
      ...QuestionnaireFields
    }
  }
`);

export const SurveyRoundsQuery = graphql(`
  query SurveyRounds($first: Int, $after: String, $projectId: ID) {
    surveyRounds(first: $first, after: $after, projectId: $projectId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        state
        opensOn
        closesOn
        channels
        project {
          id
          code
          name
        }
        questionnaire {
          id
          title
        }
        tally {
          responses
        }
      }
    }
    surveyQuestionnaires {
      id
      title
    }
    projects(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const CreateRoundMutation = graphql(`
  mutation CreateSurveyRound($input: SurveyRoundInput!) {
    createSurveyRound(input: $input) {
      id
    }
  }
`);

export const SurveyRoundQuery = graphql(`
  query SurveyRound($id: ID!) {
    surveyRound(id: $id) {
      id
      name
      state
      opensOn
      closesOn
      closedAt
      channels
      linkToken
      version
      project {
        id
        code
        name
      }
      questionnaire {
        ...QuestionnaireFields
      }
      tickets {
        id
        code
        token
        usedAt
      }
      tally {
        responses
        byChannel {
          channel
          count
        }
        questions {
          questionKey
          kind
          answered
          averageRating
          texts
          counts {
            key
            count
            percent
          }
        }
      }
    }
  }
`);

export const CloseRoundMutation = graphql(`
  mutation CloseSurveyRound($id: ID!) {
    closeSurveyRound(id: $id) {
      id
      state
      closedAt
    }
  }
`);

export const IssueTicketsMutation = graphql(`
  mutation IssueSurveyTickets($roundId: ID!, $count: Int!) {
    issueSurveyTickets(roundId: $roundId, count: $count) {
      id
      code
      token
      usedAt
    }
  }
`);

export const EnterResponseMutation = graphql(`
  mutation EnterSurveyResponse($roundId: ID!, $input: SurveyResponseInput!) {
    enterSurveyResponse(roundId: $roundId, input: $input) {
      id
    }
  }
`);

export const ProposalsQuery = graphql(`
  query HandbookProposals($status: HandbookProposalStatus, $projectId: ID) {
    handbookProposals(first: 50, status: $status, projectId: $projectId) {
      totalCount
      nodes {
        id
        text
        status
        questionKey
        decisionNote
        createdAt
        version
        project {
          id
          code
          name
        }
        handbook {
          id
        }
        proposedBy {
          displayName
        }
      }
    }
  }
`);

export const ProposeMutation = graphql(`
  mutation ProposeHandbookRevision($input: HandbookProposalInput!) {
    proposeHandbookRevision(input: $input) {
      id
    }
  }
`);

export const DecideProposalMutation = graphql(`
  mutation DecideHandbookProposal($id: ID!, $status: HandbookProposalStatus!, $note: String, $expectedVersion: Int) {
    decideHandbookProposal(id: $id, status: $status, note: $note, expectedVersion: $expectedVersion) {
      id
      status
      decisionNote
      version
    }
  }
`);
