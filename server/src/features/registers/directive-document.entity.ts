import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';
import { DOCUMENT_TYPE_LABELS } from '../../common/vietnamese.js';
import { Unit } from '../units/unit.entity.js';

/** The kind of a directive document, as the annual report counts them; named as DOCUMENT_TYPE_LABELS names them. */
export const DirectiveDocumentType = graphqlEnum(
  { name: 'DirectiveDocumentType', description: 'Loại văn bản chỉ đạo' },
  Object.keys(DOCUMENT_TYPE_LABELS) as (keyof typeof DOCUMENT_TYPE_LABELS)[],
);
export type DirectiveDocumentType = EnumValue<typeof DirectiveDocumentType>;

/** A directive document (văn bản chỉ đạo) issued by the department or one of its units. */
@ObjectType({ description: 'Văn bản chỉ đạo' })
@Entity({ tableName: 'directive_document' })
@Unique({ properties: ['number', 'year'] })
@Index({ properties: ['year', 'type'] })
export class DirectiveDocument extends VersionedRecord {
  @Field(() => DirectiveDocumentType)
  @Enum({ items: () => DirectiveDocumentType, type: 'string' })
  type!: DirectiveDocumentType;

  @Field(() => String, { description: 'Số và ký hiệu, e.g. 80/KH-SNN' })
  @Property({ type: 'string', length: 60 })
  number!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => Int, { description: 'The year of issuedOn' })
  @Property({ type: 'integer' })
  year!: number;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  issuingUnit!: Unit;

  @Field(() => String, { description: 'Trích yếu' })
  @Property({ type: 'text' })
  summary!: string;
}
