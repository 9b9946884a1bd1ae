import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';

/** Who decides the procedure. */
export const ProcedureLevel = graphqlEnum({ name: 'ProcedureLevel', description: 'Cấp thẩm quyền giải quyết TTHC' }, [
  /** cấp tỉnh (thẩm quyền của ngành) */
  'TINH',
  /** cấp huyện */
  'HUYEN',
  /** cấp xã */
  'XA',
]);
export type ProcedureLevel = EnumValue<typeof ProcedureLevel>;

/** How the file is received and returned. */
export const ProcedureMechanism = graphqlEnum(
  { name: 'ProcedureMechanism', description: 'Cơ chế một cửa / liên thông' },
  [
    /** một cửa */
    'MOT_CUA',
    /** một cửa liên thông */
    'MOT_CUA_LIEN_THONG',
  ],
);
export type ProcedureMechanism = EnumValue<typeof ProcedureMechanism>;

/** How far the procedure can be done online (dịch vụ công trực tuyến). */
export const OnlineService = graphqlEnum({ name: 'OnlineService', description: 'Mức dịch vụ công trực tuyến' }, [
  /** toàn trình */
  'TOAN_TRINH',
  /** một phần */
  'MOT_PHAN',
  /** not online */
  'KHONG',
]);
export type OnlineService = EnumValue<typeof OnlineService>;

/** One administrative procedure (thủ tục hành chính, TTHC) of the department's catalogue for a year. */
@ObjectType({ description: 'Thủ tục hành chính trong danh mục của năm' })
@Entity({ tableName: 'administrative_procedure' })
@Unique({ properties: ['year', 'code'] })
@Check({
  name: 'administrative_procedure_days_check',
  expression: 'legal_days >= 0 and days_cut >= 0 and days_cut <= legal_days',
})
export class AdministrativeProcedure extends VersionedRecord<'legalDays' | 'daysCut'> {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: 'Mã TTHC, unique within the year' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ProcedureLevel)
  @Enum({ items: () => ProcedureLevel, type: 'string' })
  level!: ProcedureLevel;

  @Field(() => ProcedureMechanism)
  @Enum({ items: () => ProcedureMechanism, type: 'string' })
  mechanism!: ProcedureMechanism;

  @Field(() => OnlineService)
  @Enum({ items: () => OnlineService, type: 'string' })
  onlineService!: OnlineService;

  @Field(() => Boolean, { description: 'Received and returned through the public postal service (bưu chính công ích)' })
  @Property({ type: 'boolean' })
  publicPostal!: boolean;

  @Field(() => Int, { nullable: true, description: 'Thời hạn giải quyết theo quy định, in days' })
  @Property({ type: 'integer', nullable: true })
  legalDays: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Days cut from legalDays in the review of the year' })
  @Property({ type: 'integer', nullable: true })
  daysCut: number | null = null;
}
