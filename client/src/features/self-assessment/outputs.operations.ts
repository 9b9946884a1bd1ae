import { graphql } from '../../apollo/generated';

export const evidencePackFields = graphql(`
  fragment EvidencePackFields on EvidencePack {
    id
    year
    status
    progress {
      done
      total
    }
    errorCode
    errorMessage
    downloadUrl
    fileName
    size
    createdAt
  }
`);

export const startEvidencePackMutation = graphql(`
  mutation StartEvidencePack($year: Int!) {
    startEvidencePack(year: $year) {
      ...EvidencePackFields
    }
  }
`);

export const evidencePackQuery = graphql(`
  query EvidencePack($id: ID!) {
    evidencePack(id: $id) {
      ...EvidencePackFields
    }
  }
`);

export const evidencePacksQuery = graphql(`
  query EvidencePacks($year: Int!) {
    evidencePacks(year: $year) {
      ...EvidencePackFields
    }
  }
`);
