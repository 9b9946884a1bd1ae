import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DirectiveDocument } from '../registers/directive-document.entity.js';
import { User } from '../users/user.entity.js';
import { Visit } from '../visits/visit.entity.js';

/**
 * A visit's conclusion notice (thông báo kết luận kiểm tra) as the office issued it: the number and
 * date are those of its entry in the register of issued documents (sổ văn bản), so one number is never
 * given twice in a year; what the notice says beyond the visit's own record (the strengths, the date the
 * unit reports its remediation by, who signs) is kept here. One per visit.
 */
@ObjectType({ description: 'Thông báo kết luận kiểm tra đã ban hành' })
@Entity({ tableName: 'conclusion_notice' })
export class ConclusionNotice {
  [OptionalProps]?: 'issuedAt' | 'updatedAt' | 'number' | 'issuedOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Visit, { owner: true, unique: true, deleteRule: 'cascade' })
  visit!: Visit;

  /** The register entry (type Thông báo) that carries the number and the date of issue. */
  @OneToOne(() => DirectiveDocument, { owner: true, unique: true, deleteRule: 'restrict' })
  document!: DirectiveDocument;

  @Field(() => String, { description: 'Số và ký hiệu, e.g. 25/TB-SNN (from the register entry)' })
  get number(): string {
    return this.document.number;
  }

  @Field(() => GraphQLLocalDate, { description: 'Ngày ban hành (from the register entry)' })
  get issuedOn(): string {
    return this.document.issuedOn;
  }

  @Field(() => String, { description: 'Ưu điểm của đơn vị' })
  @Property({ type: 'text' })
  strengths!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Đơn vị báo cáo kết quả khắc phục về Sở trước ngày này (không có khi không có tồn tại)',
  })
  @Property({ type: 'date', nullable: true })
  reportDueOn!: string | null;

  @Field(() => String, { description: 'Họ tên người ký thông báo' })
  @Property({ type: 'string', length: 200 })
  signerName!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  issuedBy!: User;

  @Field(() => Date, { description: 'Lúc Văn phòng ghi nhận ban hành (lần sửa gần nhất)' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime' })
  issuedAt: Date = new Date();
}
