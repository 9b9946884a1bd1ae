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

/** A checklist group and its items as every screen that shows a checklist asks them (the field sheet, the editor). */
export const checklistGroupFields = graphql(`
  fragment ChecklistGroupFields on ChecklistGroup {
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
`);

/** A value that did not make it into the visit, as the field sheet and the reviewer show it. */
export const visitConflictFields = graphql(`
  fragment VisitConflictFields on VisitConflict {
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
`);

/** An answer's value and who gave it, as the field sheet and the reviewer show it. */
export const visitAnswerValueFields = graphql(`
  fragment VisitAnswerValueFields on VisitAnswer {
    id
    itemId
    passFail
    numberValue
    textValue
    note
    foundText
    recommendation
    updatedByName
  }
`);

/** The checklist the field screen shows: the visit's frozen version, or the one a planned visit will start on. */
export const checklistVersionFields = graphql(`
  fragment FieldChecklistVersionFields on ChecklistVersion {
    id
    number
    groups {
      ...ChecklistGroupFields
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
    unitComments
    returnComment
    unit {
      id
      name
      address
    }
    unitAsOf {
      id
      name
      todayNames
    }
    teamMembers {
      fullName
      role
    }
    unitHeads {
      fullName
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
      ...VisitConflictFields
    }
    answers {
      ...VisitAnswerValueFields
      updatedAt
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
      replies {
        id
        text
        authorName
        createdAt
      }
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
      plannedDate
      visitDate
      unit {
        id
        name
      }
      unitAsOf {
        id
        name
        todayNames
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
