import { graphql } from '../../apollo/generated';

export const annualReportDraftFields = graphql(`
  fragment AnnualReportDraftFields on AnnualReportDraft {
    id
    year
    basis
    sipasTasks
    parTasks
    strengths
    weaknesses
    directions
    signerName
    issuedNumber
    issuedOn
    version
  }
`);

export const annualReportDraftQuery = graphql(`
  query AnnualReportDraft($year: Int!) {
    annualReportDraft(year: $year) {
      ...AnnualReportDraftFields
    }
  }
`);

export const saveAnnualReportDraftMutation = graphql(`
  mutation SaveAnnualReportDraft($input: SaveAnnualReportDraftInput!) {
    saveAnnualReportDraft(input: $input) {
      ...AnnualReportDraftFields
    }
  }
`);

export const startAnnualReportDraftMutation = graphql(`
  mutation StartAnnualReportDraftFromYear($year: Int!, $fromYear: Int!) {
    startAnnualReportDraftFromYear(year: $year, fromYear: $fromYear) {
      ...AnnualReportDraftFields
    }
  }
`);

export const issueAnnualReportMutation = graphql(`
  mutation IssueAnnualReport($year: Int!, $number: Int!, $date: LocalDate!) {
    issueAnnualReport(year: $year, number: $number, date: $date) {
      ...AnnualReportDraftFields
    }
  }
`);

export const annualReportPreviewQuery = graphql(`
  query AnnualReportPreview($year: Int!) {
    annualReportPreview(year: $year)
  }
`);
