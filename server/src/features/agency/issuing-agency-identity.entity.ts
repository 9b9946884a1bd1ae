import { Check, Entity, Index, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/versioned-record.js';

/**
 * One identity of the department as the issuer of its documents, for a period: the Sở Nông nghiệp và
 * Phát triển nông thôn until 28/02/2025, the Sở Nông nghiệp và Môi trường from 01/03/2025. A document is
 * headed by the identity in force on its date; the periods never overlap (an exclusion constraint of
 * the migration) and follow each other (features/agency/agency-periods.ts).
 */
@ObjectType({ description: 'Cơ quan ban hành văn bản trong một thời kỳ (tên, cơ quan chủ quản, ký hiệu...)' })
@Entity({ tableName: 'issuing_agency_identity' })
// No two periods share a day: an exclusion constraint (made by the migration; named here so that the
// schema the entities describe keeps it).
@Index({
  name: 'issuing_agency_identity_no_overlap',
  expression: `alter table "issuing_agency_identity" add constraint "issuing_agency_identity_no_overlap" exclude using gist (daterange("valid_from", "valid_to", '[]') with &&)`,
})
@Check({
  name: 'issuing_agency_identity_period_check',
  expression: 'valid_to is null or valid_to >= valid_from',
})
export class IssuingAgencyIdentity extends VersionedRecord<
  'validTo' | 'parentName' | 'legalBasisDate' | 'noticeRecipients' | 'reportRecipients' | 'signerTitleLines'
> {
  @Field(() => GraphQLLocalDate, { description: 'Ngày bắt đầu có hiệu lực' })
  @Index()
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày cuối cùng có hiệu lực; null: đang có hiệu lực' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  @Field(() => String, { description: 'Tên cơ quan, e.g. Sở Nông nghiệp và Môi trường' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Cơ quan chủ quản as printed, e.g. UBND TỈNH LẠNG SƠN' })
  @Property({ type: 'string', length: 200, nullable: true })
  parentName: string | null = null;

  @Field(() => String, { description: 'Ký hiệu in document numbers, e.g. SNNMT of 12/TB-SNNMT' })
  @Property({ type: 'string', length: 32 })
  abbreviation!: string;

  @Field(() => String, { description: 'Địa danh of the place-date line, e.g. Lạng Sơn' })
  @Property({ type: 'string', length: 100 })
  place!: string;

  @Field(() => [String], { description: 'Nơi nhận of the conclusion notice, after the inspected unit' })
  @Property({ type: 'json' })
  noticeRecipients: string[] = [];

  @Field(() => [String], { description: 'Nơi nhận of the annual report' })
  @Property({ type: 'json' })
  reportRecipients: string[] = [];

  @Field(() => [String], { description: 'Lines over the signature, e.g. KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' })
  @Property({ type: 'json' })
  signerTitleLines: string[] = [];

  @Field(() => String, { description: 'Căn cứ pháp lý, e.g. Nghị quyết 176/2025/QH15' })
  @Property({ type: 'string', length: 300 })
  legalBasis!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày ban hành của căn cứ pháp lý' })
  @Property({ type: 'date', nullable: true })
  legalBasisDate: string | null = null;
}
