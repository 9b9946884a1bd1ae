import type { FieldVisitFieldsFragment } from '../apollo/generated/graphql';

export type FieldVisit = FieldVisitFieldsFragment;
export type VisitGroup = NonNullable<FieldVisit['templateVersion']>['groups'][number];
export type VisitItem = VisitGroup['items'][number];
export type VisitAnswer = FieldVisit['answers'][number];
export type VisitFinding = FieldVisit['findings'][number];
export type VisitAttachment = FieldVisit['attachments'][number];
