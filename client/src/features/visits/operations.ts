import { graphql } from '../../apollo/generated';

export const visitFindingFields = graphql(`
  fragment FieldVisitFindingFields on Finding {
    id
    itemId
    itemCode
    groupTitle
    description
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

export const startVisitMutation = graphql(`
  mutation StartVisit($input: StartVisitInput!) {
    startVisit(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const answerItemMutation = graphql(`
  mutation AnswerItem($input: AnswerItemInput!) {
    answerItem(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const setVisitAttendeesMutation = graphql(`
  mutation SetVisitAttendees($input: SetAttendeesInput!) {
    setVisitAttendees(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const setVisitConclusionMutation = graphql(`
  mutation SetVisitConclusion($input: SetConclusionInput!) {
    setVisitConclusion(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const attachVisitFileMutation = graphql(`
  mutation AttachVisitFile($input: AttachFileInput!) {
    attachVisitFile(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const removeVisitAttachmentMutation = graphql(`
  mutation RemoveVisitAttachment($input: RemoveAttachmentInput!) {
    removeVisitAttachment(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const saveFindingMutation = graphql(`
  mutation SaveVisitFinding($input: SaveFindingInput!) {
    saveFinding(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const deleteFindingMutation = graphql(`
  mutation DeleteVisitFinding($input: DeleteFindingInput!) {
    deleteFinding(input: $input) {
      ...FieldVisitFields
    }
  }
`);

export const submitVisitMutation = graphql(`
  mutation SubmitVisit($input: SubmitVisitInput!) {
    submitVisit(input: $input) {
      ...FieldVisitFields
    }
  }
`);
