import { graphql } from '../../apollo/generated';
import type { SelfAssessmentQuery } from '../../apollo/generated/graphql';

/** A criterion of a set as the screens show it: its place in the tree, its points and guidance. */
export const assessmentCriterionFields = graphql(`
  fragment AssessmentCriterionFields on Criterion {
    id
    code
    text
    level
    isLeaf
    parentId
    position
    maxPoints
    guidance
    bands {
      minPercent
      points
    }
    scoreStep
    expectedEvidence
    measure
  }
`);

export const assessmentEvidenceFields = graphql(`
  fragment AssessmentEvidenceFields on AssessmentEvidence {
    id
    label
    fileId
    recordKind
    recordId
    pointer
    documentNumber
    documentDate
    issuer
  }
`);

export const criterionScoreFields = graphql(`
  fragment CriterionScoreFields on CriterionScore {
    id
    criterionId
    version
    points
    explanation
    notApplicable
    notApplicableReason
    needsReview
    priorPoints
    priorMaxPoints
    priorText
    reviewNote
    suggestedPoints
    suggestionComputation
    suggestionAcceptedByName
    suggestionAcceptedAt
    overrideExplanation
    appraisalPoints1
    appraisalComment1
    appraisalPoints2
    appraisalComment2
    updatedByName
    evidence {
      ...AssessmentEvidenceFields
    }
  }
`);

export const scoreTotalFields = graphql(`
  fragment ScoreTotalFields on ScoreTotal {
    statedMaxPoints
    maxPoints
    selfPoints
    appraisalPoints
    leaves
    scoredLeaves
    notApplicableLeaves
    appraisedLeaves
  }
`);

/** The year's assessment with everything but the suggestions (computed from the records: fetched apart). */
export const selfAssessmentQuery = graphql(`
  query SelfAssessment($year: Int!) {
    selfAssessment(year: $year) {
      id
      year
      status
      version
      submittedAt
      submittedByName
      approvedAt
      approvedByName
      returnComment
      returnedAt
      finalisedAt
      criteriaSet {
        id
        revision
        title
        documentNumber
        issuedOn
        effectiveOn
        totalPoints
      }
      criteria {
        ...AssessmentCriterionFields
      }
      scores {
        ...CriterionScoreFields
      }
      retiredScores {
        id
        points
        notApplicable
        retiredInRevision
        criterion {
          id
          code
          text
          maxPoints
        }
      }
      totals {
        overall {
          ...ScoreTotalFields
        }
        areas {
          criterionId
          code
          text
          statedMaxPoints
          maxPoints
          selfPoints
          appraisalPoints
          leaves
          scoredLeaves
          notApplicableLeaves
          appraisedLeaves
        }
      }
    }
    criteriaSets(year: $year) {
      id
      revision
    }
  }
`);

export const selfAssessmentsQuery = graphql(`
  query SelfAssessmentYears {
    selfAssessments {
      id
      year
    }
  }
`);

export const suggestionsQuery = graphql(`
  query SelfAssessmentSuggestions($year: Int!) {
    selfAssessment(year: $year) {
      id
      suggestions {
        criterionId
        points
        computation
        numerator
        denominator
        records {
          kind
          id
          label
          counted
        }
      }
    }
  }
`);

export const citableRecordsQuery = graphql(`
  query CitableRecords($year: Int!, $kind: EvidenceRecordKind!, $search: String) {
    citableRecords(year: $year, kind: $kind, search: $search) {
      kind
      id
      label
    }
  }
`);

export const startSelfAssessmentMutation = graphql(`
  mutation StartSelfAssessment($year: Int!) {
    startSelfAssessment(input: { year: $year }) {
      id
    }
  }
`);

export const scoreCriterionMutation = graphql(`
  mutation ScoreCriterion($input: ScoreCriterionInput!) {
    scoreCriterion(input: $input) {
      ...CriterionScoreFields
    }
  }
`);

export const acceptSuggestionMutation = graphql(`
  mutation AcceptSuggestion($assessmentId: ID!, $criterionId: ID!) {
    acceptSuggestion(assessmentId: $assessmentId, criterionId: $criterionId) {
      ...CriterionScoreFields
    }
  }
`);

export const addAssessmentEvidenceMutation = graphql(`
  mutation AddAssessmentEvidence($input: AddAssessmentEvidenceInput!) {
    addAssessmentEvidence(input: $input) {
      ...AssessmentEvidenceFields
    }
  }
`);

export const removeAssessmentEvidenceMutation = graphql(`
  mutation RemoveAssessmentEvidence($id: ID!) {
    removeAssessmentEvidence(id: $id)
  }
`);

export const enterAppraisalScoreMutation = graphql(`
  mutation EnterAppraisalScore($input: AppraisalScoreInput!) {
    enterAppraisalScore(input: $input) {
      ...CriterionScoreFields
    }
  }
`);

/** The steps of the workflow: each answers the assessment's new status. */
export const submitSelfAssessmentMutation = graphql(`
  mutation SubmitSelfAssessment($id: ID!) {
    submitSelfAssessment(id: $id) {
      id
      status
    }
  }
`);

export const approveSelfAssessmentMutation = graphql(`
  mutation ApproveSelfAssessment($id: ID!) {
    approveSelfAssessment(id: $id) {
      id
      status
    }
  }
`);

export const returnSelfAssessmentMutation = graphql(`
  mutation ReturnSelfAssessment($input: ReturnSelfAssessmentInput!) {
    returnSelfAssessment(input: $input) {
      id
      status
    }
  }
`);

export const startAppraisalMutation = graphql(`
  mutation StartSelfAssessmentAppraisal($id: ID!) {
    startSelfAssessmentAppraisal(id: $id) {
      id
      status
    }
  }
`);

export const finaliseSelfAssessmentMutation = graphql(`
  mutation FinaliseSelfAssessment($id: ID!) {
    finaliseSelfAssessment(id: $id) {
      id
      status
    }
  }
`);

export const criteriaSetsQuery = graphql(`
  query CriteriaSets($year: Int!) {
    criteriaSets(year: $year) {
      id
      year
      revision
      title
      documentNumber
      issuedOn
      effectiveOn
      totalPoints
    }
  }
`);

export const criteriaSetQuery = graphql(`
  query CriteriaSet($id: ID!) {
    criteriaSet(id: $id) {
      id
      criteria {
        ...AssessmentCriterionFields
      }
    }
  }
`);

/** What a change of the assessment refetches: its scores and totals (not the suggestions). */
export const ASSESSMENT_QUERIES = ['SelfAssessment'];

/** The shapes of the assessment query that the screen's parts take. */
export type Assessment = NonNullable<SelfAssessmentQuery['selfAssessment']>;
export type AssessmentCriterion = Assessment['criteria'][number];
export type AssessmentScore = Assessment['scores'][number];
export type AssessmentEvidence = AssessmentScore['evidence'][number];
