import { graphql } from '../../apollo/generated';

export const rollupQuery = graphql(`
  query DashboardRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {
    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {
      year
      rootUnitId
      structure
      asOf
      coverage {
        inScope
        inspected
        ratio
        unitsNotInspected {
          ...DashboardRollupUnit
        }
      }
      compliance {
        total {
          ...DashboardComplianceFigure
        }
        byGroup {
          ...DashboardComplianceFigure
        }
        byItem {
          ...DashboardComplianceFigure
        }
        byUnit {
          ...DashboardComplianceFigure
        }
      }
      findings {
        total {
          ...DashboardFindingFigure
        }
        byGroupAndSeverity {
          ...DashboardFindingFigure
        }
      }
      repeatFindings
      documents {
        type
        count
      }
      tthc {
        ...TthcFiguresFields
      }
      indexScores {
        ...DashboardIndexScore
      }
      indexTrend {
        ...DashboardIndexScore
      }
      warnings {
        code
        message
      }
      trend {
        year
        hasData
        unitsInScope
        unitsInspected
        coverageRatio
        compliance {
          ...DashboardComplianceFigure
        }
        complianceByGroup {
          ...DashboardComplianceFigure
        }
        findings
        findingsFixedOnTime
        findingsFixedLate
        findingsOverdue
        fixedOnTimeRatio
      }
      attention {
        unit {
          ...DashboardRollupUnit
        }
        visits
        overdueFindings
        failedAnswers
        complianceRatio
      }
    }
  }

  fragment DashboardRollupUnit on RollupUnit {
    id
    code
    name
    sharedPast
    formerUnits
  }

  fragment DashboardComplianceFigure on ComplianceFigure {
    key
    label
    groupCode
    passed
    failed
    notApplicable
    passedPoints
    applicablePoints
    ratio
  }

  fragment DashboardIndexScore on IndexScore {
    index
    year
    totalScore
    rank
    rankOf
  }

  fragment DashboardFindingFigure on FindingFigure {
    groupCode
    groupTitle
    severity
    total
    fixedOnTime
    fixedLate
    overdue
    open
    repeat
  }
`);

export const rollupRecordsQuery = graphql(`
  query DashboardRollupRecords(
    $year: Int!
    $rootUnitId: ID
    $figure: RollupFigure!
    $key: String
    $structure: RollupStructure
  ) {
    rollupRecords(year: $year, rootUnitId: $rootUnitId, figure: $figure, key: $key, structure: $structure) {
      kind
      id
      unitName
      date
      label
      detail
      visitId
      findingId
      failed
    }
  }
`);

/** The comparison year of the one-minute summary: only the figures the summary reads (summary.ts). */
export const summaryRollupQuery = graphql(`
  query DashboardSummaryRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {
    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {
      year
      rootUnitId
      structure
      asOf
      coverage {
        inScope
        inspected
        ratio
      }
      compliance {
        total {
          ...DashboardComplianceFigure
        }
      }
      findings {
        total {
          ...DashboardFindingFigure
        }
      }
      tthc {
        ...TthcFiguresFields
      }
      indexScores {
        ...DashboardIndexScore
      }
    }
  }
`);

/** The self-assessment totals of the summary's two years, when they have one. */
export const summarySelfAssessmentQuery = graphql(`
  query DashboardSummarySelfAssessment($year: Int!, $previous: Int!) {
    current: selfAssessment(year: $year) {
      id
      year
      totals {
        overall {
          selfPoints
        }
      }
    }
    previous: selfAssessment(year: $previous) {
      id
      year
      totals {
        overall {
          selfPoints
        }
      }
    }
  }
`);
