import { graphql } from '../../apollo/generated';

export const issuingAgencyFields = graphql(`
  fragment IssuingAgencyFields on IssuingAgencyIdentity {
    id
    validFrom
    validTo
    name
    parentName
    abbreviation
    place
    legalBasis
    legalBasisDate
    version
  }
`);

export const issuingAgenciesQuery = graphql(`
  query IssuingAgencyIdentities {
    issuingAgencyIdentities {
      ...IssuingAgencyFields
    }
  }
`);

export const addIssuingAgencyMutation = graphql(`
  mutation AddIssuingAgencyIdentity($input: AddIssuingAgencyIdentityInput!) {
    addIssuingAgencyIdentity(input: $input) {
      ...IssuingAgencyFields
    }
  }
`);
