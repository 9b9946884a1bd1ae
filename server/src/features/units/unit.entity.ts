import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';

/** The kind of a unit in the department's tree. */
export const UnitKind = graphqlEnum('UnitKind', [
  /** Sở: the department itself, root of the tree */
  'DEPARTMENT',
  /** Văn phòng Sở */
  'OFFICE',
  /** Thanh tra Sở */
  'INSPECTORATE',
  /** Phòng */
  'DIVISION',
  /** Ban */
  'BOARD',
  /** Chi cục */
  'SUB_DEPARTMENT',
  /** Trung tâm */
  'CENTER',
  /** Hạt Kiểm lâm */
  'RANGER_STATION',
  'OTHER',
]);
export type UnitKind = EnumValue<typeof UnitKind>;

/** The department (root) or one of its subordinate units (đơn vị trực thuộc). */
@ObjectType({ description: 'Đơn vị: the department or a subordinate unit', simpleResolvers: true })
@Entity({ tableName: 'unit' })
export class Unit extends VersionedRecord<'parent' | 'shortName' | 'address' | 'latitude' | 'longitude' | 'activeTo'> {
  @Field(() => String, { description: 'Short code, unique in the department, e.g. CCKL' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt (of its latest version)' })
  @Property({ type: 'string', length: 100, nullable: true })
  shortName: string | null = null;

  /** The name folded to lower case without diacritics, for search. */
  @Index()
  @Property({ type: 'string', length: 200 })
  searchName!: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind, type: 'string' })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  parent: Unit | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => GraphQLLocalDate, { description: 'First day the unit exists' })
  @Property({ type: 'date' })
  activeFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day the unit exists; null while active' })
  @Property({ type: 'date', nullable: true })
  activeTo: string | null = null;

  /** Exposed as Float since the first schema; the column is the shared integer version. */
  @Field(() => Number)
  override version!: number;
}
