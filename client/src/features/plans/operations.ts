import { graphql } from '../../apollo/generated';

export const plansTeamFields = graphql(`
  fragment PlansTeamFields on InspectionTeam {
    id
    name
    year
    decisionNumber
    decisionDate
    members {
      id
      role
      user {
        id
        fullName
        username
      }
    }
  }
`);

export const inspectionTeamsQuery = graphql(`
  query PlansTeams($year: Int) {
    inspectionTeams(year: $year) {
      ...PlansTeamFields
    }
  }
`);

export const planSummaryFields = graphql(`
  fragment PlanSummaryFields on InspectionPlan {
    id
    title
    year
    documentNumber
    documentDate
    template {
      id
      name
    }
  }
`);

export const inspectionPlansQuery = graphql(`
  query PlansList($year: Int) {
    inspectionPlans(year: $year) {
      ...PlanSummaryFields
      lines {
        id
      }
    }
  }
`);

export const inspectionPlanQuery = graphql(`
  query PlansPlanDetail($id: ID!) {
    inspectionPlan(id: $id) {
      ...PlanSummaryFields
      lines {
        id
        plannedMonth
        plannedDate
        unit {
          id
          name
          code
        }
        unitAsOf {
          id
          name
          todayNames
        }
        team {
          id
          name
        }
        visit {
          id
          status
        }
      }
      progress {
        month
        planned
        done
        inProgress
        overdue
      }
    }
  }
`);

export const plansUnitChoicesQuery = graphql(`
  query PlansUnitChoices {
    units {
      id
      name
      code
      kind
      active
    }
  }
`);

export const plansInspectorsQuery = graphql(`
  query PlansInspectors {
    inspectors {
      id
      fullName
      username
    }
  }
`);

export const plansPublishedTemplatesQuery = graphql(`
  query PlansPublishedTemplates {
    checklistTemplates {
      id
      name
      latestPublished {
        id
        number
      }
    }
  }
`);

export const saveInspectionTeamMutation = graphql(`
  mutation PlansSaveTeam($input: SaveTeamInput!) {
    saveInspectionTeam(input: $input) {
      ...PlansTeamFields
    }
  }
`);

export const createInspectionPlanMutation = graphql(`
  mutation PlansCreatePlan($input: CreatePlanInput!) {
    createInspectionPlan(input: $input) {
      id
    }
  }
`);

export const addPlanLineMutation = graphql(`
  mutation PlansAddLine($input: PlanLineInput!) {
    addPlanLine(input: $input) {
      id
    }
  }
`);

export const updatePlanLineMutation = graphql(`
  mutation PlansUpdateLine($input: UpdatePlanLineInput!) {
    updatePlanLine(input: $input) {
      id
      plannedMonth
      plannedDate
      team {
        id
        name
      }
    }
  }
`);

export const removePlanLineMutation = graphql(`
  mutation PlansRemoveLine($lineId: ID!) {
    removePlanLine(lineId: $lineId)
  }
`);
