import { graphql } from '../apollo/generated';

export const visitFindingFields = graphql(`
  fragment FieldVisitFindingFields on Finding {
    id
    itemId
    itemCode
    groupTitle
    foundText
    requirement
    recommendation
    severity
    status
    deadline
    overdue
    fromFailedItem
    visitDate
    version
  }
`);

/** The checklist the field screen shows: the visit's frozen version, or the one a planned visit will start on. */
export const checklistVersionFields = graphql(`
  fragment FieldChecklistVersionFields on ChecklistVersion {
    id
    number
    groups {
      id
      code
      title
      position
      items {
        id
        code
        text
        guidance
        legalBasis
        answerType
        minValue
        maxValue
        photoRequiredOnFail
        required
        position
      }
    }
  }
`);

/** Everything the field screen shows; every visit mutation returns the whole visit with these fields. */
export const visitFields = graphql(`
  fragment FieldVisitFields on Visit {
    id
    status
    canEdit
    plannedMonth
    visitDate
    startedAt
    submittedAt
    version
    conclusion
    returnComment
    unit {
      id
      name
      address
    }
    team {
      id
      name
      year
      decisionNumber
    }
    progress {
      answered
      total
      groups {
        groupId
        answered
        total
      }
    }
    templateVersion {
      ...FieldChecklistVersionFields
    }
    plannedTemplateVersion {
      ...FieldChecklistVersionFields
    }
    conflicts {
      id
      kind
      itemId
      itemCode
      operationId
      keptValue
      losingValue
      losingUserName
      losingEditedAt
      createdAt
    }
    answers {
      id
      itemId
      passFail
      numberValue
      textValue
      note
      foundText
      recommendation
      updatedAt
      updatedByName
      version
    }
    attachments {
      id
      fileId
      itemId
      kind
      url
      caption
      sha256
    }
    attendees {
      name
      position
      side
    }
    findings {
      ...FieldVisitFindingFields
    }
    previousFindings {
      ...FieldVisitFindingFields
    }
    reviewComments {
      id
      itemId
      comment
      authorName
      createdAt
    }
    problems {
      code
      itemId
      itemCode
      message
    }
  }
`);

export const myVisitsQuery = graphql(`
  query MyVisits {
    myVisits {
      id
      status
      plannedMonth
      visitDate
      unit {
        id
        name
      }
      team {
        id
        name
        year
      }
      progress {
        answered
        total
      }
    }
  }
`);

export const visitQuery = graphql(`
  query FieldVisit($id: ID!) {
    visit(id: $id) {
      ...FieldVisitFields
    }
  }
`);
