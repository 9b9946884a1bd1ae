import { graphql } from '../../apollo/generated';

/** The year's administrative-procedure (TTHC) figures, as the register and the dashboard show them. */
export const tthcFiguresFields = graphql(`
  fragment TthcFiguresFields on TthcFigures {
    total
    oneStop
    interconnected
    online
    onlineFull
    onlinePartial
    onlineShare
    onlineShareText
    publicPostal
    publicPostalShare
    publicPostalShareText
    levels {
      level
      procedures
      reviewed
      legalDays
      daysCut
      cutShareText
    }
  }
`);

export const directiveDocumentFields = graphql(`
  fragment DirectiveDocumentFields on DirectiveDocument {
    id
    type
    number
    issuedOn
    year
    issuingUnitId
    issuingUnit {
      id
      code
      name
    }
    summary
    version
  }
`);

/** One page of the year's directive documents matching the search, with their count. */
export const directiveDocumentsQuery = graphql(`
  query DirectiveDocuments($year: Int!, $search: String, $first: Int, $offset: Int) {
    directiveDocumentPage(year: $year, search: $search, first: $first, offset: $offset) {
      total
      items {
        ...DirectiveDocumentFields
      }
    }
  }
`);

export const createDirectiveDocumentMutation = graphql(`
  mutation CreateDirectiveDocument($input: DirectiveDocumentInput!) {
    createDirectiveDocument(input: $input) {
      ...DirectiveDocumentFields
    }
  }
`);

export const updateDirectiveDocumentMutation = graphql(`
  mutation UpdateDirectiveDocument($input: UpdateDirectiveDocumentInput!) {
    updateDirectiveDocument(input: $input) {
      ...DirectiveDocumentFields
    }
  }
`);

export const deleteDirectiveDocumentMutation = graphql(`
  mutation DeleteDirectiveDocument($id: ID!) {
    deleteDirectiveDocument(id: $id)
  }
`);

export const administrativeProcedureFields = graphql(`
  fragment AdministrativeProcedureFields on AdministrativeProcedure {
    id
    year
    code
    name
    level
    mechanism
    onlineService
    publicPostal
    legalDays
    daysCut
    version
  }
`);

/** One page of the catalogue of a year matching the search, and the figures of the whole catalogue. */
export const proceduresQuery = graphql(`
  query AdministrativeProcedures($year: Int!, $search: String, $first: Int, $offset: Int) {
    procedurePage(year: $year, search: $search, first: $first, offset: $offset) {
      total
      items {
        ...AdministrativeProcedureFields
      }
    }
    tthcFigures(year: $year) {
      year
      ...TthcFiguresFields
    }
  }
`);

export const createProcedureMutation = graphql(`
  mutation CreateAdministrativeProcedure($input: AdministrativeProcedureInput!) {
    createAdministrativeProcedure(input: $input) {
      ...AdministrativeProcedureFields
    }
  }
`);

export const updateProcedureMutation = graphql(`
  mutation UpdateAdministrativeProcedure($input: UpdateAdministrativeProcedureInput!) {
    updateAdministrativeProcedure(input: $input) {
      ...AdministrativeProcedureFields
    }
  }
`);

export const deleteProcedureMutation = graphql(`
  mutation DeleteAdministrativeProcedure($id: ID!) {
    deleteAdministrativeProcedure(id: $id)
  }
`);

export const indexResultFields = graphql(`
  fragment IndexResultFields on IndexResult {
    id
    year
    index
    totalScore
    rank
    rankOf
    note
    components {
      name
      score
      maxScore
    }
    version
  }
`);

export const indexResultsQuery = graphql(`
  query IndexResults($year: Int) {
    indexResults(year: $year) {
      ...IndexResultFields
    }
  }
`);

export const createIndexResultMutation = graphql(`
  mutation CreateIndexResult($input: IndexResultInput!) {
    createIndexResult(input: $input) {
      ...IndexResultFields
    }
  }
`);

export const updateIndexResultMutation = graphql(`
  mutation UpdateIndexResult($input: UpdateIndexResultInput!) {
    updateIndexResult(input: $input) {
      ...IndexResultFields
    }
  }
`);

/** Operations refetched after a change or an import, so lists and figures follow. */
export const REGISTER_QUERIES = ['DirectiveDocuments', 'AdministrativeProcedures', 'IndexResults'];
