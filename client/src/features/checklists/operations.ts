import { graphql } from '../../apollo/generated';

export const checklistsVersionDetail = graphql(`
  fragment ChecklistsVersionDetail on ChecklistVersion {
    id
    number
    status
    publishedAt
    templateId
    groups {
      ...ChecklistGroupFields
      items {
        id
        points
      }
    }
  }
`);

export const checklistTemplateSummary = graphql(`
  fragment ChecklistTemplateSummary on ChecklistTemplate {
    id
    code
    name
    description
    versions {
      id
      number
      status
      publishedAt
    }
  }
`);

export const checklistTemplatesQuery = graphql(`
  query ChecklistsTemplates {
    checklistTemplates {
      ...ChecklistTemplateSummary
    }
  }
`);

/** The API has no single-template query: the list carries the latest published version and the draft. */
export const checklistTemplateDetailQuery = graphql(`
  query ChecklistsTemplateDetail {
    checklistTemplates {
      ...ChecklistTemplateSummary
      latestPublished {
        ...ChecklistsVersionDetail
      }
      draft {
        ...ChecklistsVersionDetail
      }
    }
  }
`);

export const createChecklistTemplateMutation = graphql(`
  mutation ChecklistsCreateTemplate($input: CreateChecklistTemplateInput!) {
    createChecklistTemplate(input: $input) {
      id
      code
      name
    }
  }
`);

export const saveChecklistDraftMutation = graphql(`
  mutation ChecklistsSaveDraft($input: SaveChecklistDraftInput!) {
    saveChecklistDraft(input: $input) {
      ...ChecklistsVersionDetail
    }
  }
`);

export const publishChecklistDraftMutation = graphql(`
  mutation ChecklistsPublishDraft($templateId: ID!) {
    publishChecklistDraft(templateId: $templateId) {
      ...ChecklistsVersionDetail
    }
  }
`);
