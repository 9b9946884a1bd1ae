/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment IssuingAgencyFields on IssuingAgencyIdentity {\n    id\n    validFrom\n    validTo\n    name\n    parentName\n    abbreviation\n    place\n    legalBasis\n    legalBasisDate\n    version\n  }\n": typeof types.IssuingAgencyFieldsFragmentDoc,
    "\n  query IssuingAgencyIdentities {\n    issuingAgencyIdentities {\n      ...IssuingAgencyFields\n    }\n  }\n": typeof types.IssuingAgencyIdentitiesDocument,
    "\n  mutation AddIssuingAgencyIdentity($input: AddIssuingAgencyIdentityInput!) {\n    addIssuingAgencyIdentity(input: $input) {\n      ...IssuingAgencyFields\n    }\n  }\n": typeof types.AddIssuingAgencyIdentityDocument,
    "\n  fragment AnnualReportDraftFields on AnnualReportDraft {\n    id\n    year\n    basis\n    sipasTasks\n    parTasks\n    strengths\n    weaknesses\n    directions\n    signerName\n    issuedNumber\n    issuedOn\n    version\n  }\n": typeof types.AnnualReportDraftFieldsFragmentDoc,
    "\n  query AnnualReportDraft($year: Int!) {\n    annualReportDraft(year: $year) {\n      ...AnnualReportDraftFields\n    }\n  }\n": typeof types.AnnualReportDraftDocument,
    "\n  mutation SaveAnnualReportDraft($input: SaveAnnualReportDraftInput!) {\n    saveAnnualReportDraft(input: $input) {\n      ...AnnualReportDraftFields\n    }\n  }\n": typeof types.SaveAnnualReportDraftDocument,
    "\n  mutation StartAnnualReportDraftFromYear($year: Int!, $fromYear: Int!) {\n    startAnnualReportDraftFromYear(year: $year, fromYear: $fromYear) {\n      ...AnnualReportDraftFields\n    }\n  }\n": typeof types.StartAnnualReportDraftFromYearDocument,
    "\n  mutation IssueAnnualReport($year: Int!, $number: Int!, $date: LocalDate!) {\n    issueAnnualReport(year: $year, number: $number, date: $date) {\n      ...AnnualReportDraftFields\n    }\n  }\n": typeof types.IssueAnnualReportDocument,
    "\n  query AnnualReportPreview($year: Int!) {\n    annualReportPreview(year: $year)\n  }\n": typeof types.AnnualReportPreviewDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    reason\n    before\n    after\n    itemLabel\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query ReviewAuditTrail($entityId: ID!) {\n    auditTrail(entityId: $entityId) {\n      ...AuditEntryFields\n    }\n  }\n": typeof types.ReviewAuditTrailDocument,
    "\n  query AuditTrailPage($filter: AuditTrailFilter, $first: Int, $offset: Int) {\n    auditTrailPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n": typeof types.AuditTrailPageDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    can\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ChecklistsVersionDetail on ChecklistVersion {\n    id\n    number\n    status\n    publishedAt\n    templateId\n    groups {\n      ...ChecklistGroupFields\n      items {\n        id\n        points\n      }\n    }\n  }\n": typeof types.ChecklistsVersionDetailFragmentDoc,
    "\n  fragment ChecklistTemplateSummary on ChecklistTemplate {\n    id\n    code\n    name\n    description\n    versions {\n      id\n      number\n      status\n      publishedAt\n    }\n  }\n": typeof types.ChecklistTemplateSummaryFragmentDoc,
    "\n  query ChecklistsTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n    }\n  }\n": typeof types.ChecklistsTemplatesDocument,
    "\n  query ChecklistsTemplateDetail {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n      latestPublished {\n        ...ChecklistsVersionDetail\n      }\n      draft {\n        ...ChecklistsVersionDetail\n      }\n    }\n  }\n": typeof types.ChecklistsTemplateDetailDocument,
    "\n  mutation ChecklistsCreateTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ChecklistsCreateTemplateDocument,
    "\n  mutation ChecklistsSaveDraft($input: SaveChecklistDraftInput!) {\n    saveChecklistDraft(input: $input) {\n      ...ChecklistsVersionDetail\n    }\n  }\n": typeof types.ChecklistsSaveDraftDocument,
    "\n  mutation ChecklistsPublishDraft($templateId: ID!) {\n    publishChecklistDraft(templateId: $templateId) {\n      ...ChecklistsVersionDetail\n    }\n  }\n": typeof types.ChecklistsPublishDraftDocument,
    "\n  query DashboardRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n        unitsNotInspected {\n          ...DashboardRollupUnit\n        }\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n        byGroup {\n          ...DashboardComplianceFigure\n        }\n        byItem {\n          ...DashboardComplianceFigure\n        }\n        byUnit {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n        byGroupAndSeverity {\n          ...DashboardFindingFigure\n        }\n      }\n      repeatFindings\n      documents {\n        type\n        count\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n      indexTrend {\n        ...DashboardIndexScore\n      }\n      warnings {\n        code\n        message\n      }\n      trend {\n        year\n        hasData\n        unitsInScope\n        unitsInspected\n        coverageRatio\n        compliance {\n          ...DashboardComplianceFigure\n        }\n        complianceByGroup {\n          ...DashboardComplianceFigure\n        }\n        findings\n        findingsFixedOnTime\n        findingsFixedLate\n        findingsOverdue\n        fixedOnTimeRatio\n      }\n      attention {\n        unit {\n          ...DashboardRollupUnit\n        }\n        visits\n        overdueFindings\n        failedAnswers\n        complianceRatio\n      }\n    }\n  }\n\n  fragment DashboardRollupUnit on RollupUnit {\n    id\n    code\n    name\n    sharedPast\n    formerUnits\n  }\n\n  fragment DashboardComplianceFigure on ComplianceFigure {\n    key\n    label\n    groupCode\n    passed\n    failed\n    notApplicable\n    passedPoints\n    applicablePoints\n    ratio\n  }\n\n  fragment DashboardIndexScore on IndexScore {\n    index\n    year\n    totalScore\n    rank\n    rankOf\n  }\n\n  fragment DashboardFindingFigure on FindingFigure {\n    groupCode\n    groupTitle\n    severity\n    total\n    fixedOnTime\n    fixedLate\n    overdue\n    open\n    repeat\n  }\n": typeof types.DashboardRollupDocument,
    "\n  query DashboardRollupRecords(\n    $year: Int!\n    $rootUnitId: ID\n    $figure: RollupFigure!\n    $key: String\n    $structure: RollupStructure\n  ) {\n    rollupRecords(year: $year, rootUnitId: $rootUnitId, figure: $figure, key: $key, structure: $structure) {\n      kind\n      id\n      unitName\n      date\n      label\n      detail\n      visitId\n      findingId\n      failed\n    }\n  }\n": typeof types.DashboardRollupRecordsDocument,
    "\n  query DashboardSummaryRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n    }\n  }\n": typeof types.DashboardSummaryRollupDocument,
    "\n  query DashboardSummarySelfAssessment($year: Int!, $previous: Int!) {\n    current: selfAssessment(year: $year) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n    previous: selfAssessment(year: $previous) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n  }\n": typeof types.DashboardSummarySelfAssessmentDocument,
    "\n  query SyncDevices {\n    syncDevices {\n      id\n      userAgent\n      createdAt\n      lastSyncAt\n      pendingCount\n      pendingOperationIds\n      oldestPendingAt\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n": typeof types.SyncDevicesDocument,
    "\n  fragment NoticeReceiptFields on NoticeAcknowledgement {\n    id\n    acknowledgedAt\n    acknowledgedByName\n  }\n": typeof types.NoticeReceiptFieldsFragmentDoc,
    "\n  fragment ConclusionNoticeFields on ConclusionNotice {\n    id\n    number\n    issuedOn\n    strengths\n    reportDueOn\n    signerName\n  }\n": typeof types.ConclusionNoticeFieldsFragmentDoc,
    "\n  mutation IssueConclusionNotice($input: IssueConclusionNoticeInput!) {\n    issueConclusionNotice(input: $input) {\n      ...ConclusionNoticeFields\n    }\n  }\n": typeof types.IssueConclusionNoticeDocument,
    "\n  query UnitVisitNotice($id: ID!) {\n    visit(id: $id) {\n      id\n      status\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      conclusionNotice {\n        ...ConclusionNoticeFields\n      }\n      noticeAcknowledgement {\n        ...NoticeReceiptFields\n      }\n    }\n  }\n": typeof types.UnitVisitNoticeDocument,
    "\n  mutation AcknowledgeConclusionNotice($visitId: ID!) {\n    acknowledgeConclusionNotice(visitId: $visitId) {\n      ...NoticeReceiptFields\n    }\n  }\n": typeof types.AcknowledgeConclusionNoticeDocument,
    "\n  query MyUnitVisits {\n    myUnitVisits {\n      id\n      visitDate\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyUnitVisitsDocument,
    "\n  query UnitVisitFindings {\n    findings {\n      id\n      visitId\n      foundText\n      status\n      deadline\n      overdue\n    }\n  }\n": typeof types.UnitVisitFindingsDocument,
    "\n  fragment FindingsListItem on Finding {\n    id\n    foundText\n    requirement\n    needsWording\n    severity\n    deadline\n    status\n    overdue\n    visitDate\n    groupTitle\n    itemCode\n    responsibleUnit {\n      id\n      name\n    }\n    responsibleUnitAsOf {\n      id\n      name\n      todayNames\n    }\n    followingUnit {\n      id\n      name\n    }\n  }\n": typeof types.FindingsListItemFragmentDoc,
    "\n  query FindingsList($filter: FindingFilter, $first: Int, $offset: Int) {\n    findingPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...FindingsListItem\n      }\n    }\n  }\n": typeof types.FindingsListDocument,
    "\n  query FindingsCounts($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      open\n      remediationReported\n      closed\n      overdue\n    }\n  }\n": typeof types.FindingsCountsDocument,
    "\n  fragment FindingsDetail on Finding {\n    ...FindingsListItem\n    version\n    visitId\n    recommendation\n    fromFailedItem\n    remediationText\n    remediationReportedAt\n    closedAt\n    closeReason\n    reopenCount\n    rejectionReason\n    rejectedAt\n    rejectedByName\n    deadlineExtensions {\n      id\n      previousDeadline\n      newDeadline\n      reason\n      extendedByName\n      extendedAt\n    }\n    evidencePhotos {\n      id\n      url\n      caption\n    }\n    remediationPhotos {\n      id\n      url\n      caption\n    }\n  }\n": typeof types.FindingsDetailFragmentDoc,
    "\n  query FindingsFinding($id: ID!) {\n    finding(id: $id) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsFindingDocument,
    "\n  mutation FindingsClose($input: CloseFindingInput!) {\n    closeFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsCloseDocument,
    "\n  mutation FindingsReopen($input: ReopenFindingInput!) {\n    reopenFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsReopenDocument,
    "\n  mutation FindingsReportRemediation($input: ReportRemediationInput!) {\n    reportRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsReportRemediationDocument,
    "\n  mutation FindingsRejectRemediation($input: RejectRemediationInput!) {\n    rejectRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsRejectRemediationDocument,
    "\n  mutation FindingsCloseWithoutReport($input: CloseWithoutReportInput!) {\n    closeFindingWithoutReport(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsCloseWithoutReportDocument,
    "\n  mutation FindingsExtendDeadline($input: ExtendDeadlineInput!) {\n    extendFindingDeadline(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": typeof types.FindingsExtendDeadlineDocument,
    "\n  query HomeCounts {\n    homeCounts {\n      year\n      visitsPlanned\n      visitsInProgress\n      visitsReturned\n      visitsSubmitted\n      visitsApprovedThisYear\n      visitsPlannedThisYear\n      planVisitsDoneThisYear\n      findingsOpen\n      findingsRemediationReported\n      findingsOverdue\n    }\n  }\n": typeof types.HomeCountsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $offset: Int!) {\n    myNotifications(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SaveNotificationSettings($input: SaveNotificationSettingsInput!) {\n    saveNotificationSettings(input: $input) {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n": typeof types.SaveNotificationSettingsDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": typeof types.PushPublicKeyDocument,
    "\n  mutation SavePushSubscription($input: SavePushSubscriptionInput!) {\n    savePushSubscription(input: $input)\n  }\n": typeof types.SavePushSubscriptionDocument,
    "\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n": typeof types.RemovePushSubscriptionDocument,
    "\n  fragment PlansTeamFields on InspectionTeam {\n    id\n    name\n    year\n    decisionNumber\n    decisionDate\n    members {\n      id\n      role\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n": typeof types.PlansTeamFieldsFragmentDoc,
    "\n  query PlansTeams($year: Int) {\n    inspectionTeams(year: $year) {\n      ...PlansTeamFields\n    }\n  }\n": typeof types.PlansTeamsDocument,
    "\n  fragment PlanSummaryFields on InspectionPlan {\n    id\n    title\n    year\n    documentNumber\n    documentDate\n    template {\n      id\n      name\n    }\n  }\n": typeof types.PlanSummaryFieldsFragmentDoc,
    "\n  query PlansList($year: Int) {\n    inspectionPlans(year: $year) {\n      ...PlanSummaryFields\n      lines {\n        id\n      }\n    }\n  }\n": typeof types.PlansListDocument,
    "\n  query PlansPlanDetail($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanSummaryFields\n      lines {\n        id\n        plannedMonth\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n        visit {\n          id\n          status\n        }\n      }\n      progress {\n        month\n        planned\n        done\n        inProgress\n        overdue\n      }\n    }\n  }\n": typeof types.PlansPlanDetailDocument,
    "\n  query PlansUnitChoices {\n    units {\n      id\n      name\n      code\n      kind\n      active\n    }\n  }\n": typeof types.PlansUnitChoicesDocument,
    "\n  query PlansInspectors {\n    inspectors {\n      id\n      fullName\n      username\n    }\n  }\n": typeof types.PlansInspectorsDocument,
    "\n  query PlansPublishedTemplates {\n    checklistTemplates {\n      id\n      name\n      latestPublished {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PlansPublishedTemplatesDocument,
    "\n  mutation PlansSaveTeam($input: SaveTeamInput!) {\n    saveInspectionTeam(input: $input) {\n      ...PlansTeamFields\n    }\n  }\n": typeof types.PlansSaveTeamDocument,
    "\n  mutation PlansCreatePlan($input: CreatePlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.PlansCreatePlanDocument,
    "\n  mutation PlansAddLine($input: PlanLineInput!) {\n    addPlanLine(input: $input) {\n      id\n    }\n  }\n": typeof types.PlansAddLineDocument,
    "\n  mutation PlansUpdateLine($input: UpdatePlanLineInput!) {\n    updatePlanLine(input: $input) {\n      id\n      plannedMonth\n      plannedDate\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlansUpdateLineDocument,
    "\n  mutation PlansRemoveLine($lineId: ID!) {\n    removePlanLine(lineId: $lineId)\n  }\n": typeof types.PlansRemoveLineDocument,
    "\n  fragment TthcFiguresFields on TthcFigures {\n    total\n    oneStop\n    interconnected\n    online\n    onlineFull\n    onlinePartial\n    onlineShare\n    onlineShareText\n    publicPostal\n    publicPostalShare\n    publicPostalShareText\n    levels {\n      level\n      procedures\n      reviewed\n      legalDays\n      daysCut\n      cutShareText\n    }\n  }\n": typeof types.TthcFiguresFieldsFragmentDoc,
    "\n  fragment DirectiveDocumentFields on DirectiveDocument {\n    id\n    type\n    number\n    issuedOn\n    year\n    issuingUnitId\n    issuingUnit {\n      id\n      code\n      name\n    }\n    summary\n    version\n  }\n": typeof types.DirectiveDocumentFieldsFragmentDoc,
    "\n  query DirectiveDocuments($year: Int!, $search: String, $first: Int, $offset: Int) {\n    directiveDocumentPage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...DirectiveDocumentFields\n      }\n    }\n  }\n": typeof types.DirectiveDocumentsDocument,
    "\n  mutation CreateDirectiveDocument($input: DirectiveDocumentInput!) {\n    createDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n": typeof types.CreateDirectiveDocumentDocument,
    "\n  mutation UpdateDirectiveDocument($input: UpdateDirectiveDocumentInput!) {\n    updateDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n": typeof types.UpdateDirectiveDocumentDocument,
    "\n  mutation DeleteDirectiveDocument($id: ID!) {\n    deleteDirectiveDocument(id: $id)\n  }\n": typeof types.DeleteDirectiveDocumentDocument,
    "\n  fragment AdministrativeProcedureFields on AdministrativeProcedure {\n    id\n    year\n    code\n    name\n    level\n    mechanism\n    onlineService\n    publicPostal\n    legalDays\n    daysCut\n    version\n  }\n": typeof types.AdministrativeProcedureFieldsFragmentDoc,
    "\n  query AdministrativeProcedures($year: Int!, $search: String, $first: Int, $offset: Int) {\n    procedurePage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdministrativeProcedureFields\n      }\n    }\n    tthcFigures(year: $year) {\n      year\n      ...TthcFiguresFields\n    }\n  }\n": typeof types.AdministrativeProceduresDocument,
    "\n  mutation CreateAdministrativeProcedure($input: AdministrativeProcedureInput!) {\n    createAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n": typeof types.CreateAdministrativeProcedureDocument,
    "\n  mutation UpdateAdministrativeProcedure($input: UpdateAdministrativeProcedureInput!) {\n    updateAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n": typeof types.UpdateAdministrativeProcedureDocument,
    "\n  mutation DeleteAdministrativeProcedure($id: ID!) {\n    deleteAdministrativeProcedure(id: $id)\n  }\n": typeof types.DeleteAdministrativeProcedureDocument,
    "\n  fragment IndexResultFields on IndexResult {\n    id\n    year\n    index\n    totalScore\n    rank\n    rankOf\n    note\n    components {\n      name\n      score\n      maxScore\n    }\n    version\n  }\n": typeof types.IndexResultFieldsFragmentDoc,
    "\n  query IndexResults($year: Int) {\n    indexResults(year: $year) {\n      ...IndexResultFields\n    }\n  }\n": typeof types.IndexResultsDocument,
    "\n  mutation CreateIndexResult($input: IndexResultInput!) {\n    createIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n": typeof types.CreateIndexResultDocument,
    "\n  mutation UpdateIndexResult($input: UpdateIndexResultInput!) {\n    updateIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n": typeof types.UpdateIndexResultDocument,
    "\n  query ReviewVisits($filter: VisitListFilter, $first: Int, $offset: Int) {\n    visitPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        plannedMonth\n        visitDate\n        submittedAt\n        approvedAt\n        unit {\n          id\n          name\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewVisitsDocument,
    "\n  fragment ReviewVisitDetail on Visit {\n    id\n    status\n    conclusionNotice {\n      ...ConclusionNoticeFields\n    }\n    noticeAcknowledgement {\n      ...NoticeReceiptFields\n    }\n    version\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    approvedAt\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      code\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    team {\n      id\n      name\n      decisionNumber\n      members {\n        id\n        role\n        user {\n          id\n          fullName\n        }\n      }\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        items {\n          id\n          code\n          text\n          answerType\n          points\n        }\n      }\n    }\n    answers {\n      ...VisitAnswerValueFields\n    }\n    attachments {\n      id\n      kind\n      itemId\n      url\n      caption\n    }\n    findings {\n      id\n      foundText\n      requirement\n      recommendation\n      severity\n      deadline\n      status\n      itemCode\n      groupTitle\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    changesSinceReturn {\n      kind\n      itemLabel\n      count\n      fromResult\n      toResult\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n  }\n": typeof types.ReviewVisitDetailFragmentDoc,
    "\n  query ReviewVisit($id: ID!) {\n    visit(id: $id) {\n      ...ReviewVisitDetail\n    }\n  }\n": typeof types.ReviewVisitDocument,
    "\n  mutation ReviewReturnVisit($input: ReturnVisitInput!) {\n    returnVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n": typeof types.ReviewReturnVisitDocument,
    "\n  mutation ReviewApproveVisit($visitId: ID!) {\n    approveVisit(visitId: $visitId) {\n      ...ReviewVisitDetail\n    }\n  }\n": typeof types.ReviewApproveVisitDocument,
    "\n  mutation ReviewReviseVisit($input: ReviseVisitInput!) {\n    reviseVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n": typeof types.ReviewReviseVisitDocument,
    "\n  query AssessmentComparison($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      comparison {\n        previousYear\n        previousIsAppraisal\n        droppedAreaCodes\n        overall {\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        areas {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        appraisalGaps {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          appraisalPoints\n          gap\n        }\n        weakest {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          ratio\n          evidenceCount\n          hasExplanation\n          evidenceGap\n        }\n      }\n    }\n  }\n": typeof types.AssessmentComparisonDocument,
    "\n  fragment AssessmentCriterionFields on Criterion {\n    id\n    code\n    text\n    level\n    isLeaf\n    parentId\n    position\n    maxPoints\n    guidance\n    bands {\n      minPercent\n      points\n    }\n    scoreStep\n    expectedEvidence\n    measure\n  }\n": typeof types.AssessmentCriterionFieldsFragmentDoc,
    "\n  fragment AssessmentEvidenceFields on AssessmentEvidence {\n    id\n    label\n    fileId\n    recordKind\n    recordId\n    pointer\n    documentNumber\n    documentDate\n    issuer\n  }\n": typeof types.AssessmentEvidenceFieldsFragmentDoc,
    "\n  fragment CriterionScoreFields on CriterionScore {\n    id\n    criterionId\n    version\n    points\n    explanation\n    notApplicable\n    notApplicableReason\n    needsReview\n    priorPoints\n    priorMaxPoints\n    priorText\n    reviewNote\n    suggestedPoints\n    suggestionComputation\n    suggestionAcceptedByName\n    suggestionAcceptedAt\n    overrideExplanation\n    appraisalPoints1\n    appraisalComment1\n    appraisalPoints2\n    appraisalComment2\n    updatedByName\n    evidence {\n      ...AssessmentEvidenceFields\n    }\n  }\n": typeof types.CriterionScoreFieldsFragmentDoc,
    "\n  fragment ScoreTotalFields on ScoreTotal {\n    statedMaxPoints\n    maxPoints\n    selfPoints\n    appraisalPoints\n    leaves\n    scoredLeaves\n    notApplicableLeaves\n    appraisedLeaves\n  }\n": typeof types.ScoreTotalFieldsFragmentDoc,
    "\n  query SelfAssessment($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      year\n      status\n      version\n      submittedAt\n      submittedByName\n      approvedAt\n      approvedByName\n      returnComment\n      returnedAt\n      finalisedAt\n      criteriaSet {\n        id\n        revision\n        title\n        documentNumber\n        issuedOn\n        effectiveOn\n        totalPoints\n      }\n      criteria {\n        ...AssessmentCriterionFields\n      }\n      scores {\n        ...CriterionScoreFields\n      }\n      retiredScores {\n        id\n        points\n        notApplicable\n        retiredInRevision\n        criterion {\n          id\n          code\n          text\n          maxPoints\n        }\n      }\n      totals {\n        overall {\n          ...ScoreTotalFields\n        }\n        areas {\n          criterionId\n          code\n          text\n          statedMaxPoints\n          maxPoints\n          selfPoints\n          appraisalPoints\n          leaves\n          scoredLeaves\n          notApplicableLeaves\n          appraisedLeaves\n        }\n      }\n    }\n    criteriaSets(year: $year) {\n      id\n      revision\n    }\n  }\n": typeof types.SelfAssessmentDocument,
    "\n  query SelfAssessmentYears {\n    selfAssessments {\n      id\n      year\n    }\n  }\n": typeof types.SelfAssessmentYearsDocument,
    "\n  query SelfAssessmentSuggestions($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      suggestions {\n        criterionId\n        points\n        computation\n        numerator\n        denominator\n        records {\n          kind\n          id\n          label\n          counted\n        }\n      }\n    }\n  }\n": typeof types.SelfAssessmentSuggestionsDocument,
    "\n  query CitableRecords($year: Int!, $kind: EvidenceRecordKind!, $search: String) {\n    citableRecords(year: $year, kind: $kind, search: $search) {\n      kind\n      id\n      label\n    }\n  }\n": typeof types.CitableRecordsDocument,
    "\n  mutation StartSelfAssessment($year: Int!) {\n    startSelfAssessment(input: { year: $year }) {\n      id\n    }\n  }\n": typeof types.StartSelfAssessmentDocument,
    "\n  mutation ScoreCriterion($input: ScoreCriterionInput!) {\n    scoreCriterion(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n": typeof types.ScoreCriterionDocument,
    "\n  mutation AcceptSuggestion($assessmentId: ID!, $criterionId: ID!) {\n    acceptSuggestion(assessmentId: $assessmentId, criterionId: $criterionId) {\n      ...CriterionScoreFields\n    }\n  }\n": typeof types.AcceptSuggestionDocument,
    "\n  mutation AddAssessmentEvidence($input: AddAssessmentEvidenceInput!) {\n    addAssessmentEvidence(input: $input) {\n      ...AssessmentEvidenceFields\n    }\n  }\n": typeof types.AddAssessmentEvidenceDocument,
    "\n  mutation RemoveAssessmentEvidence($id: ID!) {\n    removeAssessmentEvidence(id: $id)\n  }\n": typeof types.RemoveAssessmentEvidenceDocument,
    "\n  mutation EnterAppraisalScore($input: AppraisalScoreInput!) {\n    enterAppraisalScore(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n": typeof types.EnterAppraisalScoreDocument,
    "\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitSelfAssessmentDocument,
    "\n  mutation ApproveSelfAssessment($id: ID!) {\n    approveSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveSelfAssessmentDocument,
    "\n  mutation ReturnSelfAssessment($input: ReturnSelfAssessmentInput!) {\n    returnSelfAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnSelfAssessmentDocument,
    "\n  mutation StartSelfAssessmentAppraisal($id: ID!) {\n    startSelfAssessmentAppraisal(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.StartSelfAssessmentAppraisalDocument,
    "\n  mutation FinaliseSelfAssessment($id: ID!) {\n    finaliseSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.FinaliseSelfAssessmentDocument,
    "\n  query CriteriaSets($year: Int!) {\n    criteriaSets(year: $year) {\n      id\n      year\n      revision\n      title\n      documentNumber\n      issuedOn\n      effectiveOn\n      totalPoints\n    }\n  }\n": typeof types.CriteriaSetsDocument,
    "\n  query CriteriaSet($id: ID!) {\n    criteriaSet(id: $id) {\n      id\n      criteria {\n        ...AssessmentCriterionFields\n      }\n    }\n  }\n": typeof types.CriteriaSetDocument,
    "\n  fragment EvidencePackFields on EvidencePack {\n    id\n    year\n    status\n    progress {\n      done\n      total\n    }\n    errorCode\n    errorMessage\n    downloadUrl\n    fileName\n    size\n    createdAt\n  }\n": typeof types.EvidencePackFieldsFragmentDoc,
    "\n  mutation StartEvidencePack($year: Int!) {\n    startEvidencePack(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n": typeof types.StartEvidencePackDocument,
    "\n  query EvidencePack($id: ID!) {\n    evidencePack(id: $id) {\n      ...EvidencePackFields\n    }\n  }\n": typeof types.EvidencePackDocument,
    "\n  query EvidencePacks($year: Int!) {\n    evidencePacks(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n": typeof types.EvidencePacksDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    shortName\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitFields\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query UnitSearch($filter: UnitFilter) {\n    units(filter: $filter) {\n      id\n    }\n  }\n": typeof types.UnitSearchDocument,
    "\n  mutation CorrectUnitDetails($input: CorrectUnitDetailsInput!) {\n    correctUnitDetails(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.CorrectUnitDetailsDocument,
    "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      versions {\n        validFrom\n        validTo\n        code\n        name\n      }\n      changes {\n        changeId\n        kind\n        role\n        otherUnits\n        effectiveOn\n        basisNumber\n        basisDate\n      }\n    }\n  }\n": typeof types.UnitHistoryDocument,
    "\n  query PreviewUnitChange($input: RecordUnitChangeInput!) {\n    previewUnitChange(input: $input) {\n      endedUnits\n      unitsNow\n      planLines\n      laterVisits\n      users\n      findings\n      successor\n    }\n  }\n": typeof types.PreviewUnitChangeDocument,
    "\n  mutation RecordUnitChange($input: RecordUnitChangeInput!) {\n    recordUnitChange(input: $input) {\n      id\n      kind\n      effectiveOn\n    }\n  }\n": typeof types.RecordUnitChangeDocument,
    "\n  fragment UserFields on User {\n    ...CurrentUserFields\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query UserPage($filter: UserFilterInput, $first: Int, $offset: Int) {\n    userPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UserPageDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query UnitChoices {\n    units {\n      id\n      name\n      code\n      parentId\n    }\n  }\n": typeof types.UnitChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    foundText\n    requirement\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n": typeof types.FieldVisitFindingFieldsFragmentDoc,
    "\n  fragment ChecklistGroupFields on ChecklistGroup {\n    id\n    code\n    title\n    position\n    items {\n      id\n      code\n      text\n      guidance\n      legalBasis\n      answerType\n      minValue\n      maxValue\n      photoRequiredOnFail\n      required\n      position\n    }\n  }\n": typeof types.ChecklistGroupFieldsFragmentDoc,
    "\n  fragment VisitConflictFields on VisitConflict {\n    id\n    kind\n    itemId\n    itemCode\n    operationId\n    keptValue\n    losingValue\n    losingUserName\n    losingEditedAt\n    createdAt\n  }\n": typeof types.VisitConflictFieldsFragmentDoc,
    "\n  fragment VisitAnswerValueFields on VisitAnswer {\n    id\n    itemId\n    passFail\n    numberValue\n    textValue\n    note\n    foundText\n    recommendation\n    updatedByName\n  }\n": typeof types.VisitAnswerValueFieldsFragmentDoc,
    "\n  fragment FieldChecklistVersionFields on ChecklistVersion {\n    id\n    number\n    groups {\n      ...ChecklistGroupFields\n    }\n  }\n": typeof types.FieldChecklistVersionFieldsFragmentDoc,
    "\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    teamMembers {\n      fullName\n      role\n    }\n    unitHeads {\n      fullName\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      ...FieldChecklistVersionFields\n    }\n    plannedTemplateVersion {\n      ...FieldChecklistVersionFields\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n    answers {\n      ...VisitAnswerValueFields\n      updatedAt\n      version\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n      sha256\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n": typeof types.FieldVisitFieldsFragmentDoc,
    "\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      plannedDate\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n": typeof types.MyVisitsDocument,
    "\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.FieldVisitDocument,
    "\n  mutation SyncBatch($input: SyncBatchInput!) {\n    syncBatch(input: $input) {\n      outcomes {\n        operationId\n        sequence\n        status\n        code\n        message\n      }\n      device {\n        id\n        pendingCount\n      }\n    }\n  }\n": typeof types.SyncBatchDocument,
    "\n  mutation ReportPhoneHoldings($input: PhoneHoldingsInput!) {\n    reportPhoneHoldings(input: $input)\n  }\n": typeof types.ReportPhoneHoldingsDocument,
};
const documents: Documents = {
    "\n  fragment IssuingAgencyFields on IssuingAgencyIdentity {\n    id\n    validFrom\n    validTo\n    name\n    parentName\n    abbreviation\n    place\n    legalBasis\n    legalBasisDate\n    version\n  }\n": types.IssuingAgencyFieldsFragmentDoc,
    "\n  query IssuingAgencyIdentities {\n    issuingAgencyIdentities {\n      ...IssuingAgencyFields\n    }\n  }\n": types.IssuingAgencyIdentitiesDocument,
    "\n  mutation AddIssuingAgencyIdentity($input: AddIssuingAgencyIdentityInput!) {\n    addIssuingAgencyIdentity(input: $input) {\n      ...IssuingAgencyFields\n    }\n  }\n": types.AddIssuingAgencyIdentityDocument,
    "\n  fragment AnnualReportDraftFields on AnnualReportDraft {\n    id\n    year\n    basis\n    sipasTasks\n    parTasks\n    strengths\n    weaknesses\n    directions\n    signerName\n    issuedNumber\n    issuedOn\n    version\n  }\n": types.AnnualReportDraftFieldsFragmentDoc,
    "\n  query AnnualReportDraft($year: Int!) {\n    annualReportDraft(year: $year) {\n      ...AnnualReportDraftFields\n    }\n  }\n": types.AnnualReportDraftDocument,
    "\n  mutation SaveAnnualReportDraft($input: SaveAnnualReportDraftInput!) {\n    saveAnnualReportDraft(input: $input) {\n      ...AnnualReportDraftFields\n    }\n  }\n": types.SaveAnnualReportDraftDocument,
    "\n  mutation StartAnnualReportDraftFromYear($year: Int!, $fromYear: Int!) {\n    startAnnualReportDraftFromYear(year: $year, fromYear: $fromYear) {\n      ...AnnualReportDraftFields\n    }\n  }\n": types.StartAnnualReportDraftFromYearDocument,
    "\n  mutation IssueAnnualReport($year: Int!, $number: Int!, $date: LocalDate!) {\n    issueAnnualReport(year: $year, number: $number, date: $date) {\n      ...AnnualReportDraftFields\n    }\n  }\n": types.IssueAnnualReportDocument,
    "\n  query AnnualReportPreview($year: Int!) {\n    annualReportPreview(year: $year)\n  }\n": types.AnnualReportPreviewDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    reason\n    before\n    after\n    itemLabel\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query ReviewAuditTrail($entityId: ID!) {\n    auditTrail(entityId: $entityId) {\n      ...AuditEntryFields\n    }\n  }\n": types.ReviewAuditTrailDocument,
    "\n  query AuditTrailPage($filter: AuditTrailFilter, $first: Int, $offset: Int) {\n    auditTrailPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n": types.AuditTrailPageDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    can\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ChecklistsVersionDetail on ChecklistVersion {\n    id\n    number\n    status\n    publishedAt\n    templateId\n    groups {\n      ...ChecklistGroupFields\n      items {\n        id\n        points\n      }\n    }\n  }\n": types.ChecklistsVersionDetailFragmentDoc,
    "\n  fragment ChecklistTemplateSummary on ChecklistTemplate {\n    id\n    code\n    name\n    description\n    versions {\n      id\n      number\n      status\n      publishedAt\n    }\n  }\n": types.ChecklistTemplateSummaryFragmentDoc,
    "\n  query ChecklistsTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n    }\n  }\n": types.ChecklistsTemplatesDocument,
    "\n  query ChecklistsTemplateDetail {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n      latestPublished {\n        ...ChecklistsVersionDetail\n      }\n      draft {\n        ...ChecklistsVersionDetail\n      }\n    }\n  }\n": types.ChecklistsTemplateDetailDocument,
    "\n  mutation ChecklistsCreateTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.ChecklistsCreateTemplateDocument,
    "\n  mutation ChecklistsSaveDraft($input: SaveChecklistDraftInput!) {\n    saveChecklistDraft(input: $input) {\n      ...ChecklistsVersionDetail\n    }\n  }\n": types.ChecklistsSaveDraftDocument,
    "\n  mutation ChecklistsPublishDraft($templateId: ID!) {\n    publishChecklistDraft(templateId: $templateId) {\n      ...ChecklistsVersionDetail\n    }\n  }\n": types.ChecklistsPublishDraftDocument,
    "\n  query DashboardRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n        unitsNotInspected {\n          ...DashboardRollupUnit\n        }\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n        byGroup {\n          ...DashboardComplianceFigure\n        }\n        byItem {\n          ...DashboardComplianceFigure\n        }\n        byUnit {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n        byGroupAndSeverity {\n          ...DashboardFindingFigure\n        }\n      }\n      repeatFindings\n      documents {\n        type\n        count\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n      indexTrend {\n        ...DashboardIndexScore\n      }\n      warnings {\n        code\n        message\n      }\n      trend {\n        year\n        hasData\n        unitsInScope\n        unitsInspected\n        coverageRatio\n        compliance {\n          ...DashboardComplianceFigure\n        }\n        complianceByGroup {\n          ...DashboardComplianceFigure\n        }\n        findings\n        findingsFixedOnTime\n        findingsFixedLate\n        findingsOverdue\n        fixedOnTimeRatio\n      }\n      attention {\n        unit {\n          ...DashboardRollupUnit\n        }\n        visits\n        overdueFindings\n        failedAnswers\n        complianceRatio\n      }\n    }\n  }\n\n  fragment DashboardRollupUnit on RollupUnit {\n    id\n    code\n    name\n    sharedPast\n    formerUnits\n  }\n\n  fragment DashboardComplianceFigure on ComplianceFigure {\n    key\n    label\n    groupCode\n    passed\n    failed\n    notApplicable\n    passedPoints\n    applicablePoints\n    ratio\n  }\n\n  fragment DashboardIndexScore on IndexScore {\n    index\n    year\n    totalScore\n    rank\n    rankOf\n  }\n\n  fragment DashboardFindingFigure on FindingFigure {\n    groupCode\n    groupTitle\n    severity\n    total\n    fixedOnTime\n    fixedLate\n    overdue\n    open\n    repeat\n  }\n": types.DashboardRollupDocument,
    "\n  query DashboardRollupRecords(\n    $year: Int!\n    $rootUnitId: ID\n    $figure: RollupFigure!\n    $key: String\n    $structure: RollupStructure\n  ) {\n    rollupRecords(year: $year, rootUnitId: $rootUnitId, figure: $figure, key: $key, structure: $structure) {\n      kind\n      id\n      unitName\n      date\n      label\n      detail\n      visitId\n      findingId\n      failed\n    }\n  }\n": types.DashboardRollupRecordsDocument,
    "\n  query DashboardSummaryRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n    }\n  }\n": types.DashboardSummaryRollupDocument,
    "\n  query DashboardSummarySelfAssessment($year: Int!, $previous: Int!) {\n    current: selfAssessment(year: $year) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n    previous: selfAssessment(year: $previous) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n  }\n": types.DashboardSummarySelfAssessmentDocument,
    "\n  query SyncDevices {\n    syncDevices {\n      id\n      userAgent\n      createdAt\n      lastSyncAt\n      pendingCount\n      pendingOperationIds\n      oldestPendingAt\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n": types.SyncDevicesDocument,
    "\n  fragment NoticeReceiptFields on NoticeAcknowledgement {\n    id\n    acknowledgedAt\n    acknowledgedByName\n  }\n": types.NoticeReceiptFieldsFragmentDoc,
    "\n  fragment ConclusionNoticeFields on ConclusionNotice {\n    id\n    number\n    issuedOn\n    strengths\n    reportDueOn\n    signerName\n  }\n": types.ConclusionNoticeFieldsFragmentDoc,
    "\n  mutation IssueConclusionNotice($input: IssueConclusionNoticeInput!) {\n    issueConclusionNotice(input: $input) {\n      ...ConclusionNoticeFields\n    }\n  }\n": types.IssueConclusionNoticeDocument,
    "\n  query UnitVisitNotice($id: ID!) {\n    visit(id: $id) {\n      id\n      status\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      conclusionNotice {\n        ...ConclusionNoticeFields\n      }\n      noticeAcknowledgement {\n        ...NoticeReceiptFields\n      }\n    }\n  }\n": types.UnitVisitNoticeDocument,
    "\n  mutation AcknowledgeConclusionNotice($visitId: ID!) {\n    acknowledgeConclusionNotice(visitId: $visitId) {\n      ...NoticeReceiptFields\n    }\n  }\n": types.AcknowledgeConclusionNoticeDocument,
    "\n  query MyUnitVisits {\n    myUnitVisits {\n      id\n      visitDate\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.MyUnitVisitsDocument,
    "\n  query UnitVisitFindings {\n    findings {\n      id\n      visitId\n      foundText\n      status\n      deadline\n      overdue\n    }\n  }\n": types.UnitVisitFindingsDocument,
    "\n  fragment FindingsListItem on Finding {\n    id\n    foundText\n    requirement\n    needsWording\n    severity\n    deadline\n    status\n    overdue\n    visitDate\n    groupTitle\n    itemCode\n    responsibleUnit {\n      id\n      name\n    }\n    responsibleUnitAsOf {\n      id\n      name\n      todayNames\n    }\n    followingUnit {\n      id\n      name\n    }\n  }\n": types.FindingsListItemFragmentDoc,
    "\n  query FindingsList($filter: FindingFilter, $first: Int, $offset: Int) {\n    findingPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...FindingsListItem\n      }\n    }\n  }\n": types.FindingsListDocument,
    "\n  query FindingsCounts($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      open\n      remediationReported\n      closed\n      overdue\n    }\n  }\n": types.FindingsCountsDocument,
    "\n  fragment FindingsDetail on Finding {\n    ...FindingsListItem\n    version\n    visitId\n    recommendation\n    fromFailedItem\n    remediationText\n    remediationReportedAt\n    closedAt\n    closeReason\n    reopenCount\n    rejectionReason\n    rejectedAt\n    rejectedByName\n    deadlineExtensions {\n      id\n      previousDeadline\n      newDeadline\n      reason\n      extendedByName\n      extendedAt\n    }\n    evidencePhotos {\n      id\n      url\n      caption\n    }\n    remediationPhotos {\n      id\n      url\n      caption\n    }\n  }\n": types.FindingsDetailFragmentDoc,
    "\n  query FindingsFinding($id: ID!) {\n    finding(id: $id) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsFindingDocument,
    "\n  mutation FindingsClose($input: CloseFindingInput!) {\n    closeFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsCloseDocument,
    "\n  mutation FindingsReopen($input: ReopenFindingInput!) {\n    reopenFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsReopenDocument,
    "\n  mutation FindingsReportRemediation($input: ReportRemediationInput!) {\n    reportRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsReportRemediationDocument,
    "\n  mutation FindingsRejectRemediation($input: RejectRemediationInput!) {\n    rejectRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsRejectRemediationDocument,
    "\n  mutation FindingsCloseWithoutReport($input: CloseWithoutReportInput!) {\n    closeFindingWithoutReport(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsCloseWithoutReportDocument,
    "\n  mutation FindingsExtendDeadline($input: ExtendDeadlineInput!) {\n    extendFindingDeadline(input: $input) {\n      ...FindingsDetail\n    }\n  }\n": types.FindingsExtendDeadlineDocument,
    "\n  query HomeCounts {\n    homeCounts {\n      year\n      visitsPlanned\n      visitsInProgress\n      visitsReturned\n      visitsSubmitted\n      visitsApprovedThisYear\n      visitsPlannedThisYear\n      planVisitsDoneThisYear\n      findingsOpen\n      findingsRemediationReported\n      findingsOverdue\n    }\n  }\n": types.HomeCountsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $offset: Int!) {\n    myNotifications(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SaveNotificationSettings($input: SaveNotificationSettingsInput!) {\n    saveNotificationSettings(input: $input) {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n": types.SaveNotificationSettingsDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": types.PushPublicKeyDocument,
    "\n  mutation SavePushSubscription($input: SavePushSubscriptionInput!) {\n    savePushSubscription(input: $input)\n  }\n": types.SavePushSubscriptionDocument,
    "\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n": types.RemovePushSubscriptionDocument,
    "\n  fragment PlansTeamFields on InspectionTeam {\n    id\n    name\n    year\n    decisionNumber\n    decisionDate\n    members {\n      id\n      role\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n": types.PlansTeamFieldsFragmentDoc,
    "\n  query PlansTeams($year: Int) {\n    inspectionTeams(year: $year) {\n      ...PlansTeamFields\n    }\n  }\n": types.PlansTeamsDocument,
    "\n  fragment PlanSummaryFields on InspectionPlan {\n    id\n    title\n    year\n    documentNumber\n    documentDate\n    template {\n      id\n      name\n    }\n  }\n": types.PlanSummaryFieldsFragmentDoc,
    "\n  query PlansList($year: Int) {\n    inspectionPlans(year: $year) {\n      ...PlanSummaryFields\n      lines {\n        id\n      }\n    }\n  }\n": types.PlansListDocument,
    "\n  query PlansPlanDetail($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanSummaryFields\n      lines {\n        id\n        plannedMonth\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n        visit {\n          id\n          status\n        }\n      }\n      progress {\n        month\n        planned\n        done\n        inProgress\n        overdue\n      }\n    }\n  }\n": types.PlansPlanDetailDocument,
    "\n  query PlansUnitChoices {\n    units {\n      id\n      name\n      code\n      kind\n      active\n    }\n  }\n": types.PlansUnitChoicesDocument,
    "\n  query PlansInspectors {\n    inspectors {\n      id\n      fullName\n      username\n    }\n  }\n": types.PlansInspectorsDocument,
    "\n  query PlansPublishedTemplates {\n    checklistTemplates {\n      id\n      name\n      latestPublished {\n        id\n        number\n      }\n    }\n  }\n": types.PlansPublishedTemplatesDocument,
    "\n  mutation PlansSaveTeam($input: SaveTeamInput!) {\n    saveInspectionTeam(input: $input) {\n      ...PlansTeamFields\n    }\n  }\n": types.PlansSaveTeamDocument,
    "\n  mutation PlansCreatePlan($input: CreatePlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n": types.PlansCreatePlanDocument,
    "\n  mutation PlansAddLine($input: PlanLineInput!) {\n    addPlanLine(input: $input) {\n      id\n    }\n  }\n": types.PlansAddLineDocument,
    "\n  mutation PlansUpdateLine($input: UpdatePlanLineInput!) {\n    updatePlanLine(input: $input) {\n      id\n      plannedMonth\n      plannedDate\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.PlansUpdateLineDocument,
    "\n  mutation PlansRemoveLine($lineId: ID!) {\n    removePlanLine(lineId: $lineId)\n  }\n": types.PlansRemoveLineDocument,
    "\n  fragment TthcFiguresFields on TthcFigures {\n    total\n    oneStop\n    interconnected\n    online\n    onlineFull\n    onlinePartial\n    onlineShare\n    onlineShareText\n    publicPostal\n    publicPostalShare\n    publicPostalShareText\n    levels {\n      level\n      procedures\n      reviewed\n      legalDays\n      daysCut\n      cutShareText\n    }\n  }\n": types.TthcFiguresFieldsFragmentDoc,
    "\n  fragment DirectiveDocumentFields on DirectiveDocument {\n    id\n    type\n    number\n    issuedOn\n    year\n    issuingUnitId\n    issuingUnit {\n      id\n      code\n      name\n    }\n    summary\n    version\n  }\n": types.DirectiveDocumentFieldsFragmentDoc,
    "\n  query DirectiveDocuments($year: Int!, $search: String, $first: Int, $offset: Int) {\n    directiveDocumentPage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...DirectiveDocumentFields\n      }\n    }\n  }\n": types.DirectiveDocumentsDocument,
    "\n  mutation CreateDirectiveDocument($input: DirectiveDocumentInput!) {\n    createDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n": types.CreateDirectiveDocumentDocument,
    "\n  mutation UpdateDirectiveDocument($input: UpdateDirectiveDocumentInput!) {\n    updateDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n": types.UpdateDirectiveDocumentDocument,
    "\n  mutation DeleteDirectiveDocument($id: ID!) {\n    deleteDirectiveDocument(id: $id)\n  }\n": types.DeleteDirectiveDocumentDocument,
    "\n  fragment AdministrativeProcedureFields on AdministrativeProcedure {\n    id\n    year\n    code\n    name\n    level\n    mechanism\n    onlineService\n    publicPostal\n    legalDays\n    daysCut\n    version\n  }\n": types.AdministrativeProcedureFieldsFragmentDoc,
    "\n  query AdministrativeProcedures($year: Int!, $search: String, $first: Int, $offset: Int) {\n    procedurePage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdministrativeProcedureFields\n      }\n    }\n    tthcFigures(year: $year) {\n      year\n      ...TthcFiguresFields\n    }\n  }\n": types.AdministrativeProceduresDocument,
    "\n  mutation CreateAdministrativeProcedure($input: AdministrativeProcedureInput!) {\n    createAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n": types.CreateAdministrativeProcedureDocument,
    "\n  mutation UpdateAdministrativeProcedure($input: UpdateAdministrativeProcedureInput!) {\n    updateAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n": types.UpdateAdministrativeProcedureDocument,
    "\n  mutation DeleteAdministrativeProcedure($id: ID!) {\n    deleteAdministrativeProcedure(id: $id)\n  }\n": types.DeleteAdministrativeProcedureDocument,
    "\n  fragment IndexResultFields on IndexResult {\n    id\n    year\n    index\n    totalScore\n    rank\n    rankOf\n    note\n    components {\n      name\n      score\n      maxScore\n    }\n    version\n  }\n": types.IndexResultFieldsFragmentDoc,
    "\n  query IndexResults($year: Int) {\n    indexResults(year: $year) {\n      ...IndexResultFields\n    }\n  }\n": types.IndexResultsDocument,
    "\n  mutation CreateIndexResult($input: IndexResultInput!) {\n    createIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n": types.CreateIndexResultDocument,
    "\n  mutation UpdateIndexResult($input: UpdateIndexResultInput!) {\n    updateIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n": types.UpdateIndexResultDocument,
    "\n  query ReviewVisits($filter: VisitListFilter, $first: Int, $offset: Int) {\n    visitPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        plannedMonth\n        visitDate\n        submittedAt\n        approvedAt\n        unit {\n          id\n          name\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReviewVisitsDocument,
    "\n  fragment ReviewVisitDetail on Visit {\n    id\n    status\n    conclusionNotice {\n      ...ConclusionNoticeFields\n    }\n    noticeAcknowledgement {\n      ...NoticeReceiptFields\n    }\n    version\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    approvedAt\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      code\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    team {\n      id\n      name\n      decisionNumber\n      members {\n        id\n        role\n        user {\n          id\n          fullName\n        }\n      }\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        items {\n          id\n          code\n          text\n          answerType\n          points\n        }\n      }\n    }\n    answers {\n      ...VisitAnswerValueFields\n    }\n    attachments {\n      id\n      kind\n      itemId\n      url\n      caption\n    }\n    findings {\n      id\n      foundText\n      requirement\n      recommendation\n      severity\n      deadline\n      status\n      itemCode\n      groupTitle\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    changesSinceReturn {\n      kind\n      itemLabel\n      count\n      fromResult\n      toResult\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n  }\n": types.ReviewVisitDetailFragmentDoc,
    "\n  query ReviewVisit($id: ID!) {\n    visit(id: $id) {\n      ...ReviewVisitDetail\n    }\n  }\n": types.ReviewVisitDocument,
    "\n  mutation ReviewReturnVisit($input: ReturnVisitInput!) {\n    returnVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n": types.ReviewReturnVisitDocument,
    "\n  mutation ReviewApproveVisit($visitId: ID!) {\n    approveVisit(visitId: $visitId) {\n      ...ReviewVisitDetail\n    }\n  }\n": types.ReviewApproveVisitDocument,
    "\n  mutation ReviewReviseVisit($input: ReviseVisitInput!) {\n    reviseVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n": types.ReviewReviseVisitDocument,
    "\n  query AssessmentComparison($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      comparison {\n        previousYear\n        previousIsAppraisal\n        droppedAreaCodes\n        overall {\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        areas {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        appraisalGaps {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          appraisalPoints\n          gap\n        }\n        weakest {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          ratio\n          evidenceCount\n          hasExplanation\n          evidenceGap\n        }\n      }\n    }\n  }\n": types.AssessmentComparisonDocument,
    "\n  fragment AssessmentCriterionFields on Criterion {\n    id\n    code\n    text\n    level\n    isLeaf\n    parentId\n    position\n    maxPoints\n    guidance\n    bands {\n      minPercent\n      points\n    }\n    scoreStep\n    expectedEvidence\n    measure\n  }\n": types.AssessmentCriterionFieldsFragmentDoc,
    "\n  fragment AssessmentEvidenceFields on AssessmentEvidence {\n    id\n    label\n    fileId\n    recordKind\n    recordId\n    pointer\n    documentNumber\n    documentDate\n    issuer\n  }\n": types.AssessmentEvidenceFieldsFragmentDoc,
    "\n  fragment CriterionScoreFields on CriterionScore {\n    id\n    criterionId\n    version\n    points\n    explanation\n    notApplicable\n    notApplicableReason\n    needsReview\n    priorPoints\n    priorMaxPoints\n    priorText\n    reviewNote\n    suggestedPoints\n    suggestionComputation\n    suggestionAcceptedByName\n    suggestionAcceptedAt\n    overrideExplanation\n    appraisalPoints1\n    appraisalComment1\n    appraisalPoints2\n    appraisalComment2\n    updatedByName\n    evidence {\n      ...AssessmentEvidenceFields\n    }\n  }\n": types.CriterionScoreFieldsFragmentDoc,
    "\n  fragment ScoreTotalFields on ScoreTotal {\n    statedMaxPoints\n    maxPoints\n    selfPoints\n    appraisalPoints\n    leaves\n    scoredLeaves\n    notApplicableLeaves\n    appraisedLeaves\n  }\n": types.ScoreTotalFieldsFragmentDoc,
    "\n  query SelfAssessment($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      year\n      status\n      version\n      submittedAt\n      submittedByName\n      approvedAt\n      approvedByName\n      returnComment\n      returnedAt\n      finalisedAt\n      criteriaSet {\n        id\n        revision\n        title\n        documentNumber\n        issuedOn\n        effectiveOn\n        totalPoints\n      }\n      criteria {\n        ...AssessmentCriterionFields\n      }\n      scores {\n        ...CriterionScoreFields\n      }\n      retiredScores {\n        id\n        points\n        notApplicable\n        retiredInRevision\n        criterion {\n          id\n          code\n          text\n          maxPoints\n        }\n      }\n      totals {\n        overall {\n          ...ScoreTotalFields\n        }\n        areas {\n          criterionId\n          code\n          text\n          statedMaxPoints\n          maxPoints\n          selfPoints\n          appraisalPoints\n          leaves\n          scoredLeaves\n          notApplicableLeaves\n          appraisedLeaves\n        }\n      }\n    }\n    criteriaSets(year: $year) {\n      id\n      revision\n    }\n  }\n": types.SelfAssessmentDocument,
    "\n  query SelfAssessmentYears {\n    selfAssessments {\n      id\n      year\n    }\n  }\n": types.SelfAssessmentYearsDocument,
    "\n  query SelfAssessmentSuggestions($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      suggestions {\n        criterionId\n        points\n        computation\n        numerator\n        denominator\n        records {\n          kind\n          id\n          label\n          counted\n        }\n      }\n    }\n  }\n": types.SelfAssessmentSuggestionsDocument,
    "\n  query CitableRecords($year: Int!, $kind: EvidenceRecordKind!, $search: String) {\n    citableRecords(year: $year, kind: $kind, search: $search) {\n      kind\n      id\n      label\n    }\n  }\n": types.CitableRecordsDocument,
    "\n  mutation StartSelfAssessment($year: Int!) {\n    startSelfAssessment(input: { year: $year }) {\n      id\n    }\n  }\n": types.StartSelfAssessmentDocument,
    "\n  mutation ScoreCriterion($input: ScoreCriterionInput!) {\n    scoreCriterion(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n": types.ScoreCriterionDocument,
    "\n  mutation AcceptSuggestion($assessmentId: ID!, $criterionId: ID!) {\n    acceptSuggestion(assessmentId: $assessmentId, criterionId: $criterionId) {\n      ...CriterionScoreFields\n    }\n  }\n": types.AcceptSuggestionDocument,
    "\n  mutation AddAssessmentEvidence($input: AddAssessmentEvidenceInput!) {\n    addAssessmentEvidence(input: $input) {\n      ...AssessmentEvidenceFields\n    }\n  }\n": types.AddAssessmentEvidenceDocument,
    "\n  mutation RemoveAssessmentEvidence($id: ID!) {\n    removeAssessmentEvidence(id: $id)\n  }\n": types.RemoveAssessmentEvidenceDocument,
    "\n  mutation EnterAppraisalScore($input: AppraisalScoreInput!) {\n    enterAppraisalScore(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n": types.EnterAppraisalScoreDocument,
    "\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitSelfAssessmentDocument,
    "\n  mutation ApproveSelfAssessment($id: ID!) {\n    approveSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveSelfAssessmentDocument,
    "\n  mutation ReturnSelfAssessment($input: ReturnSelfAssessmentInput!) {\n    returnSelfAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReturnSelfAssessmentDocument,
    "\n  mutation StartSelfAssessmentAppraisal($id: ID!) {\n    startSelfAssessmentAppraisal(id: $id) {\n      id\n      status\n    }\n  }\n": types.StartSelfAssessmentAppraisalDocument,
    "\n  mutation FinaliseSelfAssessment($id: ID!) {\n    finaliseSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n": types.FinaliseSelfAssessmentDocument,
    "\n  query CriteriaSets($year: Int!) {\n    criteriaSets(year: $year) {\n      id\n      year\n      revision\n      title\n      documentNumber\n      issuedOn\n      effectiveOn\n      totalPoints\n    }\n  }\n": types.CriteriaSetsDocument,
    "\n  query CriteriaSet($id: ID!) {\n    criteriaSet(id: $id) {\n      id\n      criteria {\n        ...AssessmentCriterionFields\n      }\n    }\n  }\n": types.CriteriaSetDocument,
    "\n  fragment EvidencePackFields on EvidencePack {\n    id\n    year\n    status\n    progress {\n      done\n      total\n    }\n    errorCode\n    errorMessage\n    downloadUrl\n    fileName\n    size\n    createdAt\n  }\n": types.EvidencePackFieldsFragmentDoc,
    "\n  mutation StartEvidencePack($year: Int!) {\n    startEvidencePack(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n": types.StartEvidencePackDocument,
    "\n  query EvidencePack($id: ID!) {\n    evidencePack(id: $id) {\n      ...EvidencePackFields\n    }\n  }\n": types.EvidencePackDocument,
    "\n  query EvidencePacks($year: Int!) {\n    evidencePacks(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n": types.EvidencePacksDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    shortName\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitFields\n    }\n  }\n": types.UnitsDocument,
    "\n  query UnitSearch($filter: UnitFilter) {\n    units(filter: $filter) {\n      id\n    }\n  }\n": types.UnitSearchDocument,
    "\n  mutation CorrectUnitDetails($input: CorrectUnitDetailsInput!) {\n    correctUnitDetails(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.CorrectUnitDetailsDocument,
    "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      versions {\n        validFrom\n        validTo\n        code\n        name\n      }\n      changes {\n        changeId\n        kind\n        role\n        otherUnits\n        effectiveOn\n        basisNumber\n        basisDate\n      }\n    }\n  }\n": types.UnitHistoryDocument,
    "\n  query PreviewUnitChange($input: RecordUnitChangeInput!) {\n    previewUnitChange(input: $input) {\n      endedUnits\n      unitsNow\n      planLines\n      laterVisits\n      users\n      findings\n      successor\n    }\n  }\n": types.PreviewUnitChangeDocument,
    "\n  mutation RecordUnitChange($input: RecordUnitChangeInput!) {\n    recordUnitChange(input: $input) {\n      id\n      kind\n      effectiveOn\n    }\n  }\n": types.RecordUnitChangeDocument,
    "\n  fragment UserFields on User {\n    ...CurrentUserFields\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query UserPage($filter: UserFilterInput, $first: Int, $offset: Int) {\n    userPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.UserPageDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query UnitChoices {\n    units {\n      id\n      name\n      code\n      parentId\n    }\n  }\n": types.UnitChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    foundText\n    requirement\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n": types.FieldVisitFindingFieldsFragmentDoc,
    "\n  fragment ChecklistGroupFields on ChecklistGroup {\n    id\n    code\n    title\n    position\n    items {\n      id\n      code\n      text\n      guidance\n      legalBasis\n      answerType\n      minValue\n      maxValue\n      photoRequiredOnFail\n      required\n      position\n    }\n  }\n": types.ChecklistGroupFieldsFragmentDoc,
    "\n  fragment VisitConflictFields on VisitConflict {\n    id\n    kind\n    itemId\n    itemCode\n    operationId\n    keptValue\n    losingValue\n    losingUserName\n    losingEditedAt\n    createdAt\n  }\n": types.VisitConflictFieldsFragmentDoc,
    "\n  fragment VisitAnswerValueFields on VisitAnswer {\n    id\n    itemId\n    passFail\n    numberValue\n    textValue\n    note\n    foundText\n    recommendation\n    updatedByName\n  }\n": types.VisitAnswerValueFieldsFragmentDoc,
    "\n  fragment FieldChecklistVersionFields on ChecklistVersion {\n    id\n    number\n    groups {\n      ...ChecklistGroupFields\n    }\n  }\n": types.FieldChecklistVersionFieldsFragmentDoc,
    "\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    teamMembers {\n      fullName\n      role\n    }\n    unitHeads {\n      fullName\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      ...FieldChecklistVersionFields\n    }\n    plannedTemplateVersion {\n      ...FieldChecklistVersionFields\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n    answers {\n      ...VisitAnswerValueFields\n      updatedAt\n      version\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n      sha256\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n": types.FieldVisitFieldsFragmentDoc,
    "\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      plannedDate\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n": types.MyVisitsDocument,
    "\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n": types.FieldVisitDocument,
    "\n  mutation SyncBatch($input: SyncBatchInput!) {\n    syncBatch(input: $input) {\n      outcomes {\n        operationId\n        sequence\n        status\n        code\n        message\n      }\n      device {\n        id\n        pendingCount\n      }\n    }\n  }\n": types.SyncBatchDocument,
    "\n  mutation ReportPhoneHoldings($input: PhoneHoldingsInput!) {\n    reportPhoneHoldings(input: $input)\n  }\n": types.ReportPhoneHoldingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssuingAgencyFields on IssuingAgencyIdentity {\n    id\n    validFrom\n    validTo\n    name\n    parentName\n    abbreviation\n    place\n    legalBasis\n    legalBasisDate\n    version\n  }\n"): (typeof documents)["\n  fragment IssuingAgencyFields on IssuingAgencyIdentity {\n    id\n    validFrom\n    validTo\n    name\n    parentName\n    abbreviation\n    place\n    legalBasis\n    legalBasisDate\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuingAgencyIdentities {\n    issuingAgencyIdentities {\n      ...IssuingAgencyFields\n    }\n  }\n"): (typeof documents)["\n  query IssuingAgencyIdentities {\n    issuingAgencyIdentities {\n      ...IssuingAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIssuingAgencyIdentity($input: AddIssuingAgencyIdentityInput!) {\n    addIssuingAgencyIdentity(input: $input) {\n      ...IssuingAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddIssuingAgencyIdentity($input: AddIssuingAgencyIdentityInput!) {\n    addIssuingAgencyIdentity(input: $input) {\n      ...IssuingAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnualReportDraftFields on AnnualReportDraft {\n    id\n    year\n    basis\n    sipasTasks\n    parTasks\n    strengths\n    weaknesses\n    directions\n    signerName\n    issuedNumber\n    issuedOn\n    version\n  }\n"): (typeof documents)["\n  fragment AnnualReportDraftFields on AnnualReportDraft {\n    id\n    year\n    basis\n    sipasTasks\n    parTasks\n    strengths\n    weaknesses\n    directions\n    signerName\n    issuedNumber\n    issuedOn\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportDraft($year: Int!) {\n    annualReportDraft(year: $year) {\n      ...AnnualReportDraftFields\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportDraft($year: Int!) {\n    annualReportDraft(year: $year) {\n      ...AnnualReportDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnnualReportDraft($input: SaveAnnualReportDraftInput!) {\n    saveAnnualReportDraft(input: $input) {\n      ...AnnualReportDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnnualReportDraft($input: SaveAnnualReportDraftInput!) {\n    saveAnnualReportDraft(input: $input) {\n      ...AnnualReportDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAnnualReportDraftFromYear($year: Int!, $fromYear: Int!) {\n    startAnnualReportDraftFromYear(year: $year, fromYear: $fromYear) {\n      ...AnnualReportDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAnnualReportDraftFromYear($year: Int!, $fromYear: Int!) {\n    startAnnualReportDraftFromYear(year: $year, fromYear: $fromYear) {\n      ...AnnualReportDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueAnnualReport($year: Int!, $number: Int!, $date: LocalDate!) {\n    issueAnnualReport(year: $year, number: $number, date: $date) {\n      ...AnnualReportDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueAnnualReport($year: Int!, $number: Int!, $date: LocalDate!) {\n    issueAnnualReport(year: $year, number: $number, date: $date) {\n      ...AnnualReportDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportPreview($year: Int!) {\n    annualReportPreview(year: $year)\n  }\n"): (typeof documents)["\n  query AnnualReportPreview($year: Int!) {\n    annualReportPreview(year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    reason\n    before\n    after\n    itemLabel\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    reason\n    before\n    after\n    itemLabel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAuditTrail($entityId: ID!) {\n    auditTrail(entityId: $entityId) {\n      ...AuditEntryFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewAuditTrail($entityId: ID!) {\n    auditTrail(entityId: $entityId) {\n      ...AuditEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailPage($filter: AuditTrailFilter, $first: Int, $offset: Int) {\n    auditTrailPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailPage($filter: AuditTrailFilter, $first: Int, $offset: Int) {\n    auditTrailPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    can\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    can\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistsVersionDetail on ChecklistVersion {\n    id\n    number\n    status\n    publishedAt\n    templateId\n    groups {\n      ...ChecklistGroupFields\n      items {\n        id\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistsVersionDetail on ChecklistVersion {\n    id\n    number\n    status\n    publishedAt\n    templateId\n    groups {\n      ...ChecklistGroupFields\n      items {\n        id\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistTemplateSummary on ChecklistTemplate {\n    id\n    code\n    name\n    description\n    versions {\n      id\n      number\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistTemplateSummary on ChecklistTemplate {\n    id\n    code\n    name\n    description\n    versions {\n      id\n      number\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistsTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n    }\n  }\n"): (typeof documents)["\n  query ChecklistsTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistsTemplateDetail {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n      latestPublished {\n        ...ChecklistsVersionDetail\n      }\n      draft {\n        ...ChecklistsVersionDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistsTemplateDetail {\n    checklistTemplates {\n      ...ChecklistTemplateSummary\n      latestPublished {\n        ...ChecklistsVersionDetail\n      }\n      draft {\n        ...ChecklistsVersionDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChecklistsCreateTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ChecklistsCreateTemplate($input: CreateChecklistTemplateInput!) {\n    createChecklistTemplate(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChecklistsSaveDraft($input: SaveChecklistDraftInput!) {\n    saveChecklistDraft(input: $input) {\n      ...ChecklistsVersionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChecklistsSaveDraft($input: SaveChecklistDraftInput!) {\n    saveChecklistDraft(input: $input) {\n      ...ChecklistsVersionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChecklistsPublishDraft($templateId: ID!) {\n    publishChecklistDraft(templateId: $templateId) {\n      ...ChecklistsVersionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChecklistsPublishDraft($templateId: ID!) {\n    publishChecklistDraft(templateId: $templateId) {\n      ...ChecklistsVersionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n        unitsNotInspected {\n          ...DashboardRollupUnit\n        }\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n        byGroup {\n          ...DashboardComplianceFigure\n        }\n        byItem {\n          ...DashboardComplianceFigure\n        }\n        byUnit {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n        byGroupAndSeverity {\n          ...DashboardFindingFigure\n        }\n      }\n      repeatFindings\n      documents {\n        type\n        count\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n      indexTrend {\n        ...DashboardIndexScore\n      }\n      warnings {\n        code\n        message\n      }\n      trend {\n        year\n        hasData\n        unitsInScope\n        unitsInspected\n        coverageRatio\n        compliance {\n          ...DashboardComplianceFigure\n        }\n        complianceByGroup {\n          ...DashboardComplianceFigure\n        }\n        findings\n        findingsFixedOnTime\n        findingsFixedLate\n        findingsOverdue\n        fixedOnTimeRatio\n      }\n      attention {\n        unit {\n          ...DashboardRollupUnit\n        }\n        visits\n        overdueFindings\n        failedAnswers\n        complianceRatio\n      }\n    }\n  }\n\n  fragment DashboardRollupUnit on RollupUnit {\n    id\n    code\n    name\n    sharedPast\n    formerUnits\n  }\n\n  fragment DashboardComplianceFigure on ComplianceFigure {\n    key\n    label\n    groupCode\n    passed\n    failed\n    notApplicable\n    passedPoints\n    applicablePoints\n    ratio\n  }\n\n  fragment DashboardIndexScore on IndexScore {\n    index\n    year\n    totalScore\n    rank\n    rankOf\n  }\n\n  fragment DashboardFindingFigure on FindingFigure {\n    groupCode\n    groupTitle\n    severity\n    total\n    fixedOnTime\n    fixedLate\n    overdue\n    open\n    repeat\n  }\n"): (typeof documents)["\n  query DashboardRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n        unitsNotInspected {\n          ...DashboardRollupUnit\n        }\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n        byGroup {\n          ...DashboardComplianceFigure\n        }\n        byItem {\n          ...DashboardComplianceFigure\n        }\n        byUnit {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n        byGroupAndSeverity {\n          ...DashboardFindingFigure\n        }\n      }\n      repeatFindings\n      documents {\n        type\n        count\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n      indexTrend {\n        ...DashboardIndexScore\n      }\n      warnings {\n        code\n        message\n      }\n      trend {\n        year\n        hasData\n        unitsInScope\n        unitsInspected\n        coverageRatio\n        compliance {\n          ...DashboardComplianceFigure\n        }\n        complianceByGroup {\n          ...DashboardComplianceFigure\n        }\n        findings\n        findingsFixedOnTime\n        findingsFixedLate\n        findingsOverdue\n        fixedOnTimeRatio\n      }\n      attention {\n        unit {\n          ...DashboardRollupUnit\n        }\n        visits\n        overdueFindings\n        failedAnswers\n        complianceRatio\n      }\n    }\n  }\n\n  fragment DashboardRollupUnit on RollupUnit {\n    id\n    code\n    name\n    sharedPast\n    formerUnits\n  }\n\n  fragment DashboardComplianceFigure on ComplianceFigure {\n    key\n    label\n    groupCode\n    passed\n    failed\n    notApplicable\n    passedPoints\n    applicablePoints\n    ratio\n  }\n\n  fragment DashboardIndexScore on IndexScore {\n    index\n    year\n    totalScore\n    rank\n    rankOf\n  }\n\n  fragment DashboardFindingFigure on FindingFigure {\n    groupCode\n    groupTitle\n    severity\n    total\n    fixedOnTime\n    fixedLate\n    overdue\n    open\n    repeat\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRollupRecords(\n    $year: Int!\n    $rootUnitId: ID\n    $figure: RollupFigure!\n    $key: String\n    $structure: RollupStructure\n  ) {\n    rollupRecords(year: $year, rootUnitId: $rootUnitId, figure: $figure, key: $key, structure: $structure) {\n      kind\n      id\n      unitName\n      date\n      label\n      detail\n      visitId\n      findingId\n      failed\n    }\n  }\n"): (typeof documents)["\n  query DashboardRollupRecords(\n    $year: Int!\n    $rootUnitId: ID\n    $figure: RollupFigure!\n    $key: String\n    $structure: RollupStructure\n  ) {\n    rollupRecords(year: $year, rootUnitId: $rootUnitId, figure: $figure, key: $key, structure: $structure) {\n      kind\n      id\n      unitName\n      date\n      label\n      detail\n      visitId\n      findingId\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSummaryRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardSummaryRollup($year: Int!, $rootUnitId: ID, $structure: RollupStructure) {\n    rollup(year: $year, rootUnitId: $rootUnitId, structure: $structure) {\n      year\n      rootUnitId\n      structure\n      asOf\n      coverage {\n        inScope\n        inspected\n        ratio\n      }\n      compliance {\n        total {\n          ...DashboardComplianceFigure\n        }\n      }\n      findings {\n        total {\n          ...DashboardFindingFigure\n        }\n      }\n      tthc {\n        ...TthcFiguresFields\n      }\n      indexScores {\n        ...DashboardIndexScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSummarySelfAssessment($year: Int!, $previous: Int!) {\n    current: selfAssessment(year: $year) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n    previous: selfAssessment(year: $previous) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardSummarySelfAssessment($year: Int!, $previous: Int!) {\n    current: selfAssessment(year: $year) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n    previous: selfAssessment(year: $previous) {\n      id\n      year\n      totals {\n        overall {\n          selfPoints\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncDevices {\n    syncDevices {\n      id\n      userAgent\n      createdAt\n      lastSyncAt\n      pendingCount\n      pendingOperationIds\n      oldestPendingAt\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyncDevices {\n    syncDevices {\n      id\n      userAgent\n      createdAt\n      lastSyncAt\n      pendingCount\n      pendingOperationIds\n      oldestPendingAt\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeReceiptFields on NoticeAcknowledgement {\n    id\n    acknowledgedAt\n    acknowledgedByName\n  }\n"): (typeof documents)["\n  fragment NoticeReceiptFields on NoticeAcknowledgement {\n    id\n    acknowledgedAt\n    acknowledgedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConclusionNoticeFields on ConclusionNotice {\n    id\n    number\n    issuedOn\n    strengths\n    reportDueOn\n    signerName\n  }\n"): (typeof documents)["\n  fragment ConclusionNoticeFields on ConclusionNotice {\n    id\n    number\n    issuedOn\n    strengths\n    reportDueOn\n    signerName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueConclusionNotice($input: IssueConclusionNoticeInput!) {\n    issueConclusionNotice(input: $input) {\n      ...ConclusionNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueConclusionNotice($input: IssueConclusionNoticeInput!) {\n    issueConclusionNotice(input: $input) {\n      ...ConclusionNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitVisitNotice($id: ID!) {\n    visit(id: $id) {\n      id\n      status\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      conclusionNotice {\n        ...ConclusionNoticeFields\n      }\n      noticeAcknowledgement {\n        ...NoticeReceiptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitVisitNotice($id: ID!) {\n    visit(id: $id) {\n      id\n      status\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      conclusionNotice {\n        ...ConclusionNoticeFields\n      }\n      noticeAcknowledgement {\n        ...NoticeReceiptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeConclusionNotice($visitId: ID!) {\n    acknowledgeConclusionNotice(visitId: $visitId) {\n      ...NoticeReceiptFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeConclusionNotice($visitId: ID!) {\n    acknowledgeConclusionNotice(visitId: $visitId) {\n      ...NoticeReceiptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnitVisits {\n    myUnitVisits {\n      id\n      visitDate\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyUnitVisits {\n    myUnitVisits {\n      id\n      visitDate\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitVisitFindings {\n    findings {\n      id\n      visitId\n      foundText\n      status\n      deadline\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query UnitVisitFindings {\n    findings {\n      id\n      visitId\n      foundText\n      status\n      deadline\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingsListItem on Finding {\n    id\n    foundText\n    requirement\n    needsWording\n    severity\n    deadline\n    status\n    overdue\n    visitDate\n    groupTitle\n    itemCode\n    responsibleUnit {\n      id\n      name\n    }\n    responsibleUnitAsOf {\n      id\n      name\n      todayNames\n    }\n    followingUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FindingsListItem on Finding {\n    id\n    foundText\n    requirement\n    needsWording\n    severity\n    deadline\n    status\n    overdue\n    visitDate\n    groupTitle\n    itemCode\n    responsibleUnit {\n      id\n      name\n    }\n    responsibleUnitAsOf {\n      id\n      name\n      todayNames\n    }\n    followingUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsList($filter: FindingFilter, $first: Int, $offset: Int) {\n    findingPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...FindingsListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsList($filter: FindingFilter, $first: Int, $offset: Int) {\n    findingPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...FindingsListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsCounts($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      open\n      remediationReported\n      closed\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query FindingsCounts($filter: FindingFilter) {\n    findingCounts(filter: $filter) {\n      open\n      remediationReported\n      closed\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingsDetail on Finding {\n    ...FindingsListItem\n    version\n    visitId\n    recommendation\n    fromFailedItem\n    remediationText\n    remediationReportedAt\n    closedAt\n    closeReason\n    reopenCount\n    rejectionReason\n    rejectedAt\n    rejectedByName\n    deadlineExtensions {\n      id\n      previousDeadline\n      newDeadline\n      reason\n      extendedByName\n      extendedAt\n    }\n    evidencePhotos {\n      id\n      url\n      caption\n    }\n    remediationPhotos {\n      id\n      url\n      caption\n    }\n  }\n"): (typeof documents)["\n  fragment FindingsDetail on Finding {\n    ...FindingsListItem\n    version\n    visitId\n    recommendation\n    fromFailedItem\n    remediationText\n    remediationReportedAt\n    closedAt\n    closeReason\n    reopenCount\n    rejectionReason\n    rejectedAt\n    rejectedByName\n    deadlineExtensions {\n      id\n      previousDeadline\n      newDeadline\n      reason\n      extendedByName\n      extendedAt\n    }\n    evidencePhotos {\n      id\n      url\n      caption\n    }\n    remediationPhotos {\n      id\n      url\n      caption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsFinding($id: ID!) {\n    finding(id: $id) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  query FindingsFinding($id: ID!) {\n    finding(id: $id) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsClose($input: CloseFindingInput!) {\n    closeFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FindingsClose($input: CloseFindingInput!) {\n    closeFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsReopen($input: ReopenFindingInput!) {\n    reopenFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FindingsReopen($input: ReopenFindingInput!) {\n    reopenFinding(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsReportRemediation($input: ReportRemediationInput!) {\n    reportRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FindingsReportRemediation($input: ReportRemediationInput!) {\n    reportRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsRejectRemediation($input: RejectRemediationInput!) {\n    rejectRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FindingsRejectRemediation($input: RejectRemediationInput!) {\n    rejectRemediation(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsCloseWithoutReport($input: CloseWithoutReportInput!) {\n    closeFindingWithoutReport(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FindingsCloseWithoutReport($input: CloseWithoutReportInput!) {\n    closeFindingWithoutReport(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsExtendDeadline($input: ExtendDeadlineInput!) {\n    extendFindingDeadline(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"): (typeof documents)["\n  mutation FindingsExtendDeadline($input: ExtendDeadlineInput!) {\n    extendFindingDeadline(input: $input) {\n      ...FindingsDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCounts {\n    homeCounts {\n      year\n      visitsPlanned\n      visitsInProgress\n      visitsReturned\n      visitsSubmitted\n      visitsApprovedThisYear\n      visitsPlannedThisYear\n      planVisitsDoneThisYear\n      findingsOpen\n      findingsRemediationReported\n      findingsOverdue\n    }\n  }\n"): (typeof documents)["\n  query HomeCounts {\n    homeCounts {\n      year\n      visitsPlanned\n      visitsInProgress\n      visitsReturned\n      visitsSubmitted\n      visitsApprovedThisYear\n      visitsPlannedThisYear\n      planVisitsDoneThisYear\n      findingsOpen\n      findingsRemediationReported\n      findingsOverdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $offset: Int!) {\n    myNotifications(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!, $offset: Int!) {\n    myNotifications(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNotificationSettings($input: SaveNotificationSettingsInput!) {\n    saveNotificationSettings(input: $input) {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNotificationSettings($input: SaveNotificationSettingsInput!) {\n    saveNotificationSettings(input: $input) {\n      kinds\n      channels\n      emailAddress\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushPublicKey {\n    pushPublicKey\n  }\n"): (typeof documents)["\n  query PushPublicKey {\n    pushPublicKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePushSubscription($input: SavePushSubscriptionInput!) {\n    savePushSubscription(input: $input)\n  }\n"): (typeof documents)["\n  mutation SavePushSubscription($input: SavePushSubscriptionInput!) {\n    savePushSubscription(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation RemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlansTeamFields on InspectionTeam {\n    id\n    name\n    year\n    decisionNumber\n    decisionDate\n    members {\n      id\n      role\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlansTeamFields on InspectionTeam {\n    id\n    name\n    year\n    decisionNumber\n    decisionDate\n    members {\n      id\n      role\n      user {\n        id\n        fullName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansTeams($year: Int) {\n    inspectionTeams(year: $year) {\n      ...PlansTeamFields\n    }\n  }\n"): (typeof documents)["\n  query PlansTeams($year: Int) {\n    inspectionTeams(year: $year) {\n      ...PlansTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSummaryFields on InspectionPlan {\n    id\n    title\n    year\n    documentNumber\n    documentDate\n    template {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PlanSummaryFields on InspectionPlan {\n    id\n    title\n    year\n    documentNumber\n    documentDate\n    template {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansList($year: Int) {\n    inspectionPlans(year: $year) {\n      ...PlanSummaryFields\n      lines {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlansList($year: Int) {\n    inspectionPlans(year: $year) {\n      ...PlanSummaryFields\n      lines {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansPlanDetail($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanSummaryFields\n      lines {\n        id\n        plannedMonth\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n        visit {\n          id\n          status\n        }\n      }\n      progress {\n        month\n        planned\n        done\n        inProgress\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlansPlanDetail($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanSummaryFields\n      lines {\n        id\n        plannedMonth\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n        visit {\n          id\n          status\n        }\n      }\n      progress {\n        month\n        planned\n        done\n        inProgress\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansUnitChoices {\n    units {\n      id\n      name\n      code\n      kind\n      active\n    }\n  }\n"): (typeof documents)["\n  query PlansUnitChoices {\n    units {\n      id\n      name\n      code\n      kind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansInspectors {\n    inspectors {\n      id\n      fullName\n      username\n    }\n  }\n"): (typeof documents)["\n  query PlansInspectors {\n    inspectors {\n      id\n      fullName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansPublishedTemplates {\n    checklistTemplates {\n      id\n      name\n      latestPublished {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlansPublishedTemplates {\n    checklistTemplates {\n      id\n      name\n      latestPublished {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlansSaveTeam($input: SaveTeamInput!) {\n    saveInspectionTeam(input: $input) {\n      ...PlansTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlansSaveTeam($input: SaveTeamInput!) {\n    saveInspectionTeam(input: $input) {\n      ...PlansTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlansCreatePlan($input: CreatePlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlansCreatePlan($input: CreatePlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlansAddLine($input: PlanLineInput!) {\n    addPlanLine(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlansAddLine($input: PlanLineInput!) {\n    addPlanLine(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlansUpdateLine($input: UpdatePlanLineInput!) {\n    updatePlanLine(input: $input) {\n      id\n      plannedMonth\n      plannedDate\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlansUpdateLine($input: UpdatePlanLineInput!) {\n    updatePlanLine(input: $input) {\n      id\n      plannedMonth\n      plannedDate\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlansRemoveLine($lineId: ID!) {\n    removePlanLine(lineId: $lineId)\n  }\n"): (typeof documents)["\n  mutation PlansRemoveLine($lineId: ID!) {\n    removePlanLine(lineId: $lineId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TthcFiguresFields on TthcFigures {\n    total\n    oneStop\n    interconnected\n    online\n    onlineFull\n    onlinePartial\n    onlineShare\n    onlineShareText\n    publicPostal\n    publicPostalShare\n    publicPostalShareText\n    levels {\n      level\n      procedures\n      reviewed\n      legalDays\n      daysCut\n      cutShareText\n    }\n  }\n"): (typeof documents)["\n  fragment TthcFiguresFields on TthcFigures {\n    total\n    oneStop\n    interconnected\n    online\n    onlineFull\n    onlinePartial\n    onlineShare\n    onlineShareText\n    publicPostal\n    publicPostalShare\n    publicPostalShareText\n    levels {\n      level\n      procedures\n      reviewed\n      legalDays\n      daysCut\n      cutShareText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectiveDocumentFields on DirectiveDocument {\n    id\n    type\n    number\n    issuedOn\n    year\n    issuingUnitId\n    issuingUnit {\n      id\n      code\n      name\n    }\n    summary\n    version\n  }\n"): (typeof documents)["\n  fragment DirectiveDocumentFields on DirectiveDocument {\n    id\n    type\n    number\n    issuedOn\n    year\n    issuingUnitId\n    issuingUnit {\n      id\n      code\n      name\n    }\n    summary\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveDocuments($year: Int!, $search: String, $first: Int, $offset: Int) {\n    directiveDocumentPage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...DirectiveDocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectiveDocuments($year: Int!, $search: String, $first: Int, $offset: Int) {\n    directiveDocumentPage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...DirectiveDocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirectiveDocument($input: DirectiveDocumentInput!) {\n    createDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirectiveDocument($input: DirectiveDocumentInput!) {\n    createDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirectiveDocument($input: UpdateDirectiveDocumentInput!) {\n    updateDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirectiveDocument($input: UpdateDirectiveDocumentInput!) {\n    updateDirectiveDocument(input: $input) {\n      ...DirectiveDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDirectiveDocument($id: ID!) {\n    deleteDirectiveDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDirectiveDocument($id: ID!) {\n    deleteDirectiveDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdministrativeProcedureFields on AdministrativeProcedure {\n    id\n    year\n    code\n    name\n    level\n    mechanism\n    onlineService\n    publicPostal\n    legalDays\n    daysCut\n    version\n  }\n"): (typeof documents)["\n  fragment AdministrativeProcedureFields on AdministrativeProcedure {\n    id\n    year\n    code\n    name\n    level\n    mechanism\n    onlineService\n    publicPostal\n    legalDays\n    daysCut\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministrativeProcedures($year: Int!, $search: String, $first: Int, $offset: Int) {\n    procedurePage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdministrativeProcedureFields\n      }\n    }\n    tthcFigures(year: $year) {\n      year\n      ...TthcFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query AdministrativeProcedures($year: Int!, $search: String, $first: Int, $offset: Int) {\n    procedurePage(year: $year, search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdministrativeProcedureFields\n      }\n    }\n    tthcFigures(year: $year) {\n      year\n      ...TthcFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdministrativeProcedure($input: AdministrativeProcedureInput!) {\n    createAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAdministrativeProcedure($input: AdministrativeProcedureInput!) {\n    createAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdministrativeProcedure($input: UpdateAdministrativeProcedureInput!) {\n    updateAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdministrativeProcedure($input: UpdateAdministrativeProcedureInput!) {\n    updateAdministrativeProcedure(input: $input) {\n      ...AdministrativeProcedureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAdministrativeProcedure($id: ID!) {\n    deleteAdministrativeProcedure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAdministrativeProcedure($id: ID!) {\n    deleteAdministrativeProcedure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndexResultFields on IndexResult {\n    id\n    year\n    index\n    totalScore\n    rank\n    rankOf\n    note\n    components {\n      name\n      score\n      maxScore\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment IndexResultFields on IndexResult {\n    id\n    year\n    index\n    totalScore\n    rank\n    rankOf\n    note\n    components {\n      name\n      score\n      maxScore\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndexResults($year: Int) {\n    indexResults(year: $year) {\n      ...IndexResultFields\n    }\n  }\n"): (typeof documents)["\n  query IndexResults($year: Int) {\n    indexResults(year: $year) {\n      ...IndexResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndexResult($input: IndexResultInput!) {\n    createIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndexResult($input: IndexResultInput!) {\n    createIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndexResult($input: UpdateIndexResultInput!) {\n    updateIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndexResult($input: UpdateIndexResultInput!) {\n    updateIndexResult(input: $input) {\n      ...IndexResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewVisits($filter: VisitListFilter, $first: Int, $offset: Int) {\n    visitPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        plannedMonth\n        visitDate\n        submittedAt\n        approvedAt\n        unit {\n          id\n          name\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewVisits($filter: VisitListFilter, $first: Int, $offset: Int) {\n    visitPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        plannedMonth\n        visitDate\n        submittedAt\n        approvedAt\n        unit {\n          id\n          name\n        }\n        unitAsOf {\n          id\n          name\n          todayNames\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewVisitDetail on Visit {\n    id\n    status\n    conclusionNotice {\n      ...ConclusionNoticeFields\n    }\n    noticeAcknowledgement {\n      ...NoticeReceiptFields\n    }\n    version\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    approvedAt\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      code\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    team {\n      id\n      name\n      decisionNumber\n      members {\n        id\n        role\n        user {\n          id\n          fullName\n        }\n      }\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        items {\n          id\n          code\n          text\n          answerType\n          points\n        }\n      }\n    }\n    answers {\n      ...VisitAnswerValueFields\n    }\n    attachments {\n      id\n      kind\n      itemId\n      url\n      caption\n    }\n    findings {\n      id\n      foundText\n      requirement\n      recommendation\n      severity\n      deadline\n      status\n      itemCode\n      groupTitle\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    changesSinceReturn {\n      kind\n      itemLabel\n      count\n      fromResult\n      toResult\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewVisitDetail on Visit {\n    id\n    status\n    conclusionNotice {\n      ...ConclusionNoticeFields\n    }\n    noticeAcknowledgement {\n      ...NoticeReceiptFields\n    }\n    version\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    approvedAt\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      code\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    team {\n      id\n      name\n      decisionNumber\n      members {\n        id\n        role\n        user {\n          id\n          fullName\n        }\n      }\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        items {\n          id\n          code\n          text\n          answerType\n          points\n        }\n      }\n    }\n    answers {\n      ...VisitAnswerValueFields\n    }\n    attachments {\n      id\n      kind\n      itemId\n      url\n      caption\n    }\n    findings {\n      id\n      foundText\n      requirement\n      recommendation\n      severity\n      deadline\n      status\n      itemCode\n      groupTitle\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    changesSinceReturn {\n      kind\n      itemLabel\n      count\n      fromResult\n      toResult\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewVisit($id: ID!) {\n    visit(id: $id) {\n      ...ReviewVisitDetail\n    }\n  }\n"): (typeof documents)["\n  query ReviewVisit($id: ID!) {\n    visit(id: $id) {\n      ...ReviewVisitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReturnVisit($input: ReturnVisitInput!) {\n    returnVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReturnVisit($input: ReturnVisitInput!) {\n    returnVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewApproveVisit($visitId: ID!) {\n    approveVisit(visitId: $visitId) {\n      ...ReviewVisitDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewApproveVisit($visitId: ID!) {\n    approveVisit(visitId: $visitId) {\n      ...ReviewVisitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReviseVisit($input: ReviseVisitInput!) {\n    reviseVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReviseVisit($input: ReviseVisitInput!) {\n    reviseVisit(input: $input) {\n      ...ReviewVisitDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentComparison($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      comparison {\n        previousYear\n        previousIsAppraisal\n        droppedAreaCodes\n        overall {\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        areas {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        appraisalGaps {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          appraisalPoints\n          gap\n        }\n        weakest {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          ratio\n          evidenceCount\n          hasExplanation\n          evidenceGap\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentComparison($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      comparison {\n        previousYear\n        previousIsAppraisal\n        droppedAreaCodes\n        overall {\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        areas {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          comparable\n          previousMaxPoints\n          previousPoints\n          difference\n        }\n        appraisalGaps {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          appraisalPoints\n          gap\n        }\n        weakest {\n          criterionId\n          code\n          text\n          maxPoints\n          selfPoints\n          ratio\n          evidenceCount\n          hasExplanation\n          evidenceGap\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentCriterionFields on Criterion {\n    id\n    code\n    text\n    level\n    isLeaf\n    parentId\n    position\n    maxPoints\n    guidance\n    bands {\n      minPercent\n      points\n    }\n    scoreStep\n    expectedEvidence\n    measure\n  }\n"): (typeof documents)["\n  fragment AssessmentCriterionFields on Criterion {\n    id\n    code\n    text\n    level\n    isLeaf\n    parentId\n    position\n    maxPoints\n    guidance\n    bands {\n      minPercent\n      points\n    }\n    scoreStep\n    expectedEvidence\n    measure\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentEvidenceFields on AssessmentEvidence {\n    id\n    label\n    fileId\n    recordKind\n    recordId\n    pointer\n    documentNumber\n    documentDate\n    issuer\n  }\n"): (typeof documents)["\n  fragment AssessmentEvidenceFields on AssessmentEvidence {\n    id\n    label\n    fileId\n    recordKind\n    recordId\n    pointer\n    documentNumber\n    documentDate\n    issuer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionScoreFields on CriterionScore {\n    id\n    criterionId\n    version\n    points\n    explanation\n    notApplicable\n    notApplicableReason\n    needsReview\n    priorPoints\n    priorMaxPoints\n    priorText\n    reviewNote\n    suggestedPoints\n    suggestionComputation\n    suggestionAcceptedByName\n    suggestionAcceptedAt\n    overrideExplanation\n    appraisalPoints1\n    appraisalComment1\n    appraisalPoints2\n    appraisalComment2\n    updatedByName\n    evidence {\n      ...AssessmentEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  fragment CriterionScoreFields on CriterionScore {\n    id\n    criterionId\n    version\n    points\n    explanation\n    notApplicable\n    notApplicableReason\n    needsReview\n    priorPoints\n    priorMaxPoints\n    priorText\n    reviewNote\n    suggestedPoints\n    suggestionComputation\n    suggestionAcceptedByName\n    suggestionAcceptedAt\n    overrideExplanation\n    appraisalPoints1\n    appraisalComment1\n    appraisalPoints2\n    appraisalComment2\n    updatedByName\n    evidence {\n      ...AssessmentEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreTotalFields on ScoreTotal {\n    statedMaxPoints\n    maxPoints\n    selfPoints\n    appraisalPoints\n    leaves\n    scoredLeaves\n    notApplicableLeaves\n    appraisedLeaves\n  }\n"): (typeof documents)["\n  fragment ScoreTotalFields on ScoreTotal {\n    statedMaxPoints\n    maxPoints\n    selfPoints\n    appraisalPoints\n    leaves\n    scoredLeaves\n    notApplicableLeaves\n    appraisedLeaves\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfAssessment($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      year\n      status\n      version\n      submittedAt\n      submittedByName\n      approvedAt\n      approvedByName\n      returnComment\n      returnedAt\n      finalisedAt\n      criteriaSet {\n        id\n        revision\n        title\n        documentNumber\n        issuedOn\n        effectiveOn\n        totalPoints\n      }\n      criteria {\n        ...AssessmentCriterionFields\n      }\n      scores {\n        ...CriterionScoreFields\n      }\n      retiredScores {\n        id\n        points\n        notApplicable\n        retiredInRevision\n        criterion {\n          id\n          code\n          text\n          maxPoints\n        }\n      }\n      totals {\n        overall {\n          ...ScoreTotalFields\n        }\n        areas {\n          criterionId\n          code\n          text\n          statedMaxPoints\n          maxPoints\n          selfPoints\n          appraisalPoints\n          leaves\n          scoredLeaves\n          notApplicableLeaves\n          appraisedLeaves\n        }\n      }\n    }\n    criteriaSets(year: $year) {\n      id\n      revision\n    }\n  }\n"): (typeof documents)["\n  query SelfAssessment($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      year\n      status\n      version\n      submittedAt\n      submittedByName\n      approvedAt\n      approvedByName\n      returnComment\n      returnedAt\n      finalisedAt\n      criteriaSet {\n        id\n        revision\n        title\n        documentNumber\n        issuedOn\n        effectiveOn\n        totalPoints\n      }\n      criteria {\n        ...AssessmentCriterionFields\n      }\n      scores {\n        ...CriterionScoreFields\n      }\n      retiredScores {\n        id\n        points\n        notApplicable\n        retiredInRevision\n        criterion {\n          id\n          code\n          text\n          maxPoints\n        }\n      }\n      totals {\n        overall {\n          ...ScoreTotalFields\n        }\n        areas {\n          criterionId\n          code\n          text\n          statedMaxPoints\n          maxPoints\n          selfPoints\n          appraisalPoints\n          leaves\n          scoredLeaves\n          notApplicableLeaves\n          appraisedLeaves\n        }\n      }\n    }\n    criteriaSets(year: $year) {\n      id\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfAssessmentYears {\n    selfAssessments {\n      id\n      year\n    }\n  }\n"): (typeof documents)["\n  query SelfAssessmentYears {\n    selfAssessments {\n      id\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfAssessmentSuggestions($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      suggestions {\n        criterionId\n        points\n        computation\n        numerator\n        denominator\n        records {\n          kind\n          id\n          label\n          counted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfAssessmentSuggestions($year: Int!) {\n    selfAssessment(year: $year) {\n      id\n      suggestions {\n        criterionId\n        points\n        computation\n        numerator\n        denominator\n        records {\n          kind\n          id\n          label\n          counted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitableRecords($year: Int!, $kind: EvidenceRecordKind!, $search: String) {\n    citableRecords(year: $year, kind: $kind, search: $search) {\n      kind\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query CitableRecords($year: Int!, $kind: EvidenceRecordKind!, $search: String) {\n    citableRecords(year: $year, kind: $kind, search: $search) {\n      kind\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSelfAssessment($year: Int!) {\n    startSelfAssessment(input: { year: $year }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartSelfAssessment($year: Int!) {\n    startSelfAssessment(input: { year: $year }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreCriterion($input: ScoreCriterionInput!) {\n    scoreCriterion(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreCriterion($input: ScoreCriterionInput!) {\n    scoreCriterion(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSuggestion($assessmentId: ID!, $criterionId: ID!) {\n    acceptSuggestion(assessmentId: $assessmentId, criterionId: $criterionId) {\n      ...CriterionScoreFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSuggestion($assessmentId: ID!, $criterionId: ID!) {\n    acceptSuggestion(assessmentId: $assessmentId, criterionId: $criterionId) {\n      ...CriterionScoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssessmentEvidence($input: AddAssessmentEvidenceInput!) {\n    addAssessmentEvidence(input: $input) {\n      ...AssessmentEvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAssessmentEvidence($input: AddAssessmentEvidenceInput!) {\n    addAssessmentEvidence(input: $input) {\n      ...AssessmentEvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAssessmentEvidence($id: ID!) {\n    removeAssessmentEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAssessmentEvidence($id: ID!) {\n    removeAssessmentEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterAppraisalScore($input: AppraisalScoreInput!) {\n    enterAppraisalScore(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnterAppraisalScore($input: AppraisalScoreInput!) {\n    enterAppraisalScore(input: $input) {\n      ...CriterionScoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfAssessment($id: ID!) {\n    submitSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSelfAssessment($id: ID!) {\n    approveSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSelfAssessment($id: ID!) {\n    approveSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSelfAssessment($input: ReturnSelfAssessmentInput!) {\n    returnSelfAssessment(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSelfAssessment($input: ReturnSelfAssessmentInput!) {\n    returnSelfAssessment(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSelfAssessmentAppraisal($id: ID!) {\n    startSelfAssessmentAppraisal(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartSelfAssessmentAppraisal($id: ID!) {\n    startSelfAssessmentAppraisal(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseSelfAssessment($id: ID!) {\n    finaliseSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseSelfAssessment($id: ID!) {\n    finaliseSelfAssessment(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaSets($year: Int!) {\n    criteriaSets(year: $year) {\n      id\n      year\n      revision\n      title\n      documentNumber\n      issuedOn\n      effectiveOn\n      totalPoints\n    }\n  }\n"): (typeof documents)["\n  query CriteriaSets($year: Int!) {\n    criteriaSets(year: $year) {\n      id\n      year\n      revision\n      title\n      documentNumber\n      issuedOn\n      effectiveOn\n      totalPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaSet($id: ID!) {\n    criteriaSet(id: $id) {\n      id\n      criteria {\n        ...AssessmentCriterionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CriteriaSet($id: ID!) {\n    criteriaSet(id: $id) {\n      id\n      criteria {\n        ...AssessmentCriterionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidencePackFields on EvidencePack {\n    id\n    year\n    status\n    progress {\n      done\n      total\n    }\n    errorCode\n    errorMessage\n    downloadUrl\n    fileName\n    size\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EvidencePackFields on EvidencePack {\n    id\n    year\n    status\n    progress {\n      done\n      total\n    }\n    errorCode\n    errorMessage\n    downloadUrl\n    fileName\n    size\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEvidencePack($year: Int!) {\n    startEvidencePack(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartEvidencePack($year: Int!) {\n    startEvidencePack(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePack($id: ID!) {\n    evidencePack(id: $id) {\n      ...EvidencePackFields\n    }\n  }\n"): (typeof documents)["\n  query EvidencePack($id: ID!) {\n    evidencePack(id: $id) {\n      ...EvidencePackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePacks($year: Int!) {\n    evidencePacks(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n"): (typeof documents)["\n  query EvidencePacks($year: Int!) {\n    evidencePacks(year: $year) {\n      ...EvidencePackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    shortName\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    shortName\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSearch($filter: UnitFilter) {\n    units(filter: $filter) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query UnitSearch($filter: UnitFilter) {\n    units(filter: $filter) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectUnitDetails($input: CorrectUnitDetailsInput!) {\n    correctUnitDetails(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectUnitDetails($input: CorrectUnitDetailsInput!) {\n    correctUnitDetails(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      versions {\n        validFrom\n        validTo\n        code\n        name\n      }\n      changes {\n        changeId\n        kind\n        role\n        otherUnits\n        effectiveOn\n        basisNumber\n        basisDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      versions {\n        validFrom\n        validTo\n        code\n        name\n      }\n      changes {\n        changeId\n        kind\n        role\n        otherUnits\n        effectiveOn\n        basisNumber\n        basisDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewUnitChange($input: RecordUnitChangeInput!) {\n    previewUnitChange(input: $input) {\n      endedUnits\n      unitsNow\n      planLines\n      laterVisits\n      users\n      findings\n      successor\n    }\n  }\n"): (typeof documents)["\n  query PreviewUnitChange($input: RecordUnitChangeInput!) {\n    previewUnitChange(input: $input) {\n      endedUnits\n      unitsNow\n      planLines\n      laterVisits\n      users\n      findings\n      successor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUnitChange($input: RecordUnitChangeInput!) {\n    recordUnitChange(input: $input) {\n      id\n      kind\n      effectiveOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordUnitChange($input: RecordUnitChangeInput!) {\n    recordUnitChange(input: $input) {\n      id\n      kind\n      effectiveOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    ...CurrentUserFields\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    ...CurrentUserFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserPage($filter: UserFilterInput, $first: Int, $offset: Int) {\n    userPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserPage($filter: UserFilterInput, $first: Int, $offset: Int) {\n    userPage(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChoices {\n    units {\n      id\n      name\n      code\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query UnitChoices {\n    units {\n      id\n      name\n      code\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    foundText\n    requirement\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n"): (typeof documents)["\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    foundText\n    requirement\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistGroupFields on ChecklistGroup {\n    id\n    code\n    title\n    position\n    items {\n      id\n      code\n      text\n      guidance\n      legalBasis\n      answerType\n      minValue\n      maxValue\n      photoRequiredOnFail\n      required\n      position\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistGroupFields on ChecklistGroup {\n    id\n    code\n    title\n    position\n    items {\n      id\n      code\n      text\n      guidance\n      legalBasis\n      answerType\n      minValue\n      maxValue\n      photoRequiredOnFail\n      required\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitConflictFields on VisitConflict {\n    id\n    kind\n    itemId\n    itemCode\n    operationId\n    keptValue\n    losingValue\n    losingUserName\n    losingEditedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment VisitConflictFields on VisitConflict {\n    id\n    kind\n    itemId\n    itemCode\n    operationId\n    keptValue\n    losingValue\n    losingUserName\n    losingEditedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitAnswerValueFields on VisitAnswer {\n    id\n    itemId\n    passFail\n    numberValue\n    textValue\n    note\n    foundText\n    recommendation\n    updatedByName\n  }\n"): (typeof documents)["\n  fragment VisitAnswerValueFields on VisitAnswer {\n    id\n    itemId\n    passFail\n    numberValue\n    textValue\n    note\n    foundText\n    recommendation\n    updatedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldChecklistVersionFields on ChecklistVersion {\n    id\n    number\n    groups {\n      ...ChecklistGroupFields\n    }\n  }\n"): (typeof documents)["\n  fragment FieldChecklistVersionFields on ChecklistVersion {\n    id\n    number\n    groups {\n      ...ChecklistGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    teamMembers {\n      fullName\n      role\n    }\n    unitHeads {\n      fullName\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      ...FieldChecklistVersionFields\n    }\n    plannedTemplateVersion {\n      ...FieldChecklistVersionFields\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n    answers {\n      ...VisitAnswerValueFields\n      updatedAt\n      version\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n      sha256\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    unitComments\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    unitAsOf {\n      id\n      name\n      todayNames\n    }\n    teamMembers {\n      fullName\n      role\n    }\n    unitHeads {\n      fullName\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      ...FieldChecklistVersionFields\n    }\n    plannedTemplateVersion {\n      ...FieldChecklistVersionFields\n    }\n    conflicts {\n      ...VisitConflictFields\n    }\n    answers {\n      ...VisitAnswerValueFields\n      updatedAt\n      version\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n      sha256\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n      replies {\n        id\n        text\n        authorName\n        createdAt\n      }\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      plannedDate\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      plannedDate\n      visitDate\n      unit {\n        id\n        name\n      }\n      unitAsOf {\n        id\n        name\n        todayNames\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncBatch($input: SyncBatchInput!) {\n    syncBatch(input: $input) {\n      outcomes {\n        operationId\n        sequence\n        status\n        code\n        message\n      }\n      device {\n        id\n        pendingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncBatch($input: SyncBatchInput!) {\n    syncBatch(input: $input) {\n      outcomes {\n        operationId\n        sequence\n        status\n        code\n        message\n      }\n      device {\n        id\n        pendingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPhoneHoldings($input: PhoneHoldingsInput!) {\n    reportPhoneHoldings(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReportPhoneHoldings($input: PhoneHoldingsInput!) {\n    reportPhoneHoldings(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;