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
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitFields\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query UnitSearch($filter: UnitFilter) {\n    units(filter: $filter) {\n      id\n    }\n  }\n": typeof types.UnitSearchDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.MoveUnitDocument,
    "\n  mutation DeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.DeactivateUnitDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query UnitChoices {\n    units {\n      id\n      name\n      code\n      parentId\n    }\n  }\n": typeof types.UnitChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    description\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n": typeof types.FieldVisitFindingFieldsFragmentDoc,
    "\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        position\n        items {\n          id\n          code\n          text\n          guidance\n          legalBasis\n          answerType\n          minValue\n          maxValue\n          photoRequiredOnFail\n          required\n          position\n        }\n      }\n    }\n    answers {\n      id\n      itemId\n      passFail\n      numberValue\n      textValue\n      note\n      updatedAt\n      updatedByName\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n": typeof types.FieldVisitFieldsFragmentDoc,
    "\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      visitDate\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n": typeof types.MyVisitsDocument,
    "\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.FieldVisitDocument,
    "\n  mutation StartVisit($input: StartVisitInput!) {\n    startVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.StartVisitDocument,
    "\n  mutation AnswerItem($input: AnswerItemInput!) {\n    answerItem(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.AnswerItemDocument,
    "\n  mutation SetVisitAttendees($input: SetAttendeesInput!) {\n    setVisitAttendees(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.SetVisitAttendeesDocument,
    "\n  mutation SetVisitConclusion($input: SetConclusionInput!) {\n    setVisitConclusion(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.SetVisitConclusionDocument,
    "\n  mutation AttachVisitFile($input: AttachFileInput!) {\n    attachVisitFile(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.AttachVisitFileDocument,
    "\n  mutation RemoveVisitAttachment($input: RemoveAttachmentInput!) {\n    removeVisitAttachment(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.RemoveVisitAttachmentDocument,
    "\n  mutation SaveVisitFinding($input: SaveFindingInput!) {\n    saveFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.SaveVisitFindingDocument,
    "\n  mutation DeleteVisitFinding($input: DeleteFindingInput!) {\n    deleteFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.DeleteVisitFindingDocument,
    "\n  mutation SubmitVisit($input: SubmitVisitInput!) {\n    submitVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": typeof types.SubmitVisitDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query Units($filter: UnitFilter) {\n    units(filter: $filter) {\n      ...UnitFields\n    }\n  }\n": types.UnitsDocument,
    "\n  query UnitSearch($filter: UnitFilter) {\n    units(filter: $filter) {\n      id\n    }\n  }\n": types.UnitSearchDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.MoveUnitDocument,
    "\n  mutation DeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.DeactivateUnitDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": types.UsersDocument,
    "\n  query UnitChoices {\n    units {\n      id\n      name\n      code\n      parentId\n    }\n  }\n": types.UnitChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    description\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n": types.FieldVisitFindingFieldsFragmentDoc,
    "\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        position\n        items {\n          id\n          code\n          text\n          guidance\n          legalBasis\n          answerType\n          minValue\n          maxValue\n          photoRequiredOnFail\n          required\n          position\n        }\n      }\n    }\n    answers {\n      id\n      itemId\n      passFail\n      numberValue\n      textValue\n      note\n      updatedAt\n      updatedByName\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n": types.FieldVisitFieldsFragmentDoc,
    "\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      visitDate\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n": types.MyVisitsDocument,
    "\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n": types.FieldVisitDocument,
    "\n  mutation StartVisit($input: StartVisitInput!) {\n    startVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.StartVisitDocument,
    "\n  mutation AnswerItem($input: AnswerItemInput!) {\n    answerItem(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.AnswerItemDocument,
    "\n  mutation SetVisitAttendees($input: SetAttendeesInput!) {\n    setVisitAttendees(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.SetVisitAttendeesDocument,
    "\n  mutation SetVisitConclusion($input: SetConclusionInput!) {\n    setVisitConclusion(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.SetVisitConclusionDocument,
    "\n  mutation AttachVisitFile($input: AttachFileInput!) {\n    attachVisitFile(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.AttachVisitFileDocument,
    "\n  mutation RemoveVisitAttachment($input: RemoveAttachmentInput!) {\n    removeVisitAttachment(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.RemoveVisitAttachmentDocument,
    "\n  mutation SaveVisitFinding($input: SaveFindingInput!) {\n    saveFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.SaveVisitFindingDocument,
    "\n  mutation DeleteVisitFinding($input: DeleteFindingInput!) {\n    deleteFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.DeleteVisitFindingDocument,
    "\n  mutation SubmitVisit($input: SubmitVisitInput!) {\n    submitVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n": types.SubmitVisitDocument,
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
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n      kind\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    id\n    parentId\n    name\n    code\n    kind\n    active\n    activeFrom\n    activeTo\n    address\n    latitude\n    longitude\n    version\n  }\n"];
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
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUnit($input: DeactivateUnitInput!) {\n    deactivateUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    fullName\n    role\n    active\n    mustChangePassword\n    unitId\n    unit {\n      id\n      name\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    description\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n"): (typeof documents)["\n  fragment FieldVisitFindingFields on Finding {\n    id\n    itemId\n    itemCode\n    groupTitle\n    description\n    recommendation\n    severity\n    status\n    deadline\n    overdue\n    fromFailedItem\n    visitDate\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        position\n        items {\n          id\n          code\n          text\n          guidance\n          legalBasis\n          answerType\n          minValue\n          maxValue\n          photoRequiredOnFail\n          required\n          position\n        }\n      }\n    }\n    answers {\n      id\n      itemId\n      passFail\n      numberValue\n      textValue\n      note\n      updatedAt\n      updatedByName\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment FieldVisitFields on Visit {\n    id\n    status\n    canEdit\n    plannedMonth\n    visitDate\n    startedAt\n    submittedAt\n    version\n    conclusion\n    returnComment\n    unit {\n      id\n      name\n      address\n    }\n    team {\n      id\n      name\n      year\n      decisionNumber\n    }\n    progress {\n      answered\n      total\n      groups {\n        groupId\n        answered\n        total\n      }\n    }\n    templateVersion {\n      id\n      number\n      groups {\n        id\n        code\n        title\n        position\n        items {\n          id\n          code\n          text\n          guidance\n          legalBasis\n          answerType\n          minValue\n          maxValue\n          photoRequiredOnFail\n          required\n          position\n        }\n      }\n    }\n    answers {\n      id\n      itemId\n      passFail\n      numberValue\n      textValue\n      note\n      updatedAt\n      updatedByName\n    }\n    attachments {\n      id\n      fileId\n      itemId\n      kind\n      url\n      caption\n    }\n    attendees {\n      name\n      position\n      side\n    }\n    findings {\n      ...FieldVisitFindingFields\n    }\n    previousFindings {\n      ...FieldVisitFindingFields\n    }\n    reviewComments {\n      id\n      itemId\n      comment\n      authorName\n      createdAt\n    }\n    problems {\n      code\n      itemId\n      itemCode\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      visitDate\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVisits {\n    myVisits {\n      id\n      status\n      plannedMonth\n      visitDate\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n        year\n      }\n      progress {\n        answered\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  query FieldVisit($id: ID!) {\n    visit(id: $id) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartVisit($input: StartVisitInput!) {\n    startVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartVisit($input: StartVisitInput!) {\n    startVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerItem($input: AnswerItemInput!) {\n    answerItem(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerItem($input: AnswerItemInput!) {\n    answerItem(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVisitAttendees($input: SetAttendeesInput!) {\n    setVisitAttendees(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetVisitAttendees($input: SetAttendeesInput!) {\n    setVisitAttendees(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVisitConclusion($input: SetConclusionInput!) {\n    setVisitConclusion(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetVisitConclusion($input: SetConclusionInput!) {\n    setVisitConclusion(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachVisitFile($input: AttachFileInput!) {\n    attachVisitFile(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation AttachVisitFile($input: AttachFileInput!) {\n    attachVisitFile(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVisitAttachment($input: RemoveAttachmentInput!) {\n    removeVisitAttachment(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveVisitAttachment($input: RemoveAttachmentInput!) {\n    removeVisitAttachment(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveVisitFinding($input: SaveFindingInput!) {\n    saveFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveVisitFinding($input: SaveFindingInput!) {\n    saveFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVisitFinding($input: DeleteFindingInput!) {\n    deleteFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVisitFinding($input: DeleteFindingInput!) {\n    deleteFinding(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitVisit($input: SubmitVisitInput!) {\n    submitVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitVisit($input: SubmitVisitInput!) {\n    submitVisit(input: $input) {\n      ...FieldVisitFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;