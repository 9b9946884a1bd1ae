import { graphql } from '../../apollo/generated';

export const unitFields = graphql(`
  fragment UnitFields on Unit {
    id
    parentId
    name
    shortName
    code
    kind
    active
    activeFrom
    activeTo
    address
    latitude
    longitude
    version
  }
`);

export const unitsQuery = graphql(`
  query Units($filter: UnitFilter) {
    units(filter: $filter) {
      ...UnitFields
    }
  }
`);

/** Only the ids of the matches: the tree itself comes from the full list. */
export const unitSearchQuery = graphql(`
  query UnitSearch($filter: UnitFilter) {
    units(filter: $filter) {
      id
    }
  }
`);

/** Sửa thông tin (không phải thay đổi tổ chức): the address and the place on the map. */
export const correctUnitDetailsMutation = graphql(`
  mutation CorrectUnitDetails($input: CorrectUnitDetailsInput!) {
    correctUnitDetails(input: $input) {
      ...UnitFields
    }
  }
`);

/** Refetched after changes that add or hide units, so lists and counts follow. */
export const UNIT_LISTS = ['Units', 'UnitSearch'];

export const unitHistoryQuery = graphql(`
  query UnitHistory($id: ID!) {
    unit(id: $id) {
      id
      versions {
        validFrom
        validTo
        code
        name
      }
      changes {
        changeId
        kind
        role
        otherUnits
        effectiveOn
        basisNumber
        basisDate
      }
    }
  }
`);

export const previewUnitChangeQuery = graphql(`
  query PreviewUnitChange($input: RecordUnitChangeInput!) {
    previewUnitChange(input: $input) {
      endedUnits
      unitsNow
      planLines
      laterVisits
      users
      findings
      successor
    }
  }
`);

export const recordUnitChangeMutation = graphql(`
  mutation RecordUnitChange($input: RecordUnitChangeInput!) {
    recordUnitChange(input: $input) {
      id
      kind
      effectiveOn
    }
  }
`);
