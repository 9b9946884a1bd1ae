import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../../common/graphql-enum.js';
import { User } from '../../users/user.entity.js';
import { SelfAssessment } from '../self-assessment.entity.js';

export const EvidencePackStatus = graphqlEnum(
  { name: 'EvidencePackStatus', description: 'Bước của việc tạo bộ tài liệu kiểm chứng (.zip)' },
  [
    /** Chờ đến lượt */
    'QUEUED',
    /** Đang tạo: xem tiến độ */
    'RUNNING',
    /** Đã xong: tải về */
    'DONE',
    /** Không tạo được: xem lỗi */
    'FAILED',
  ],
);
export type EvidencePackStatus = EnumValue<typeof EvidencePackStatus>;

/**
 * Bộ tài liệu kiểm chứng of a year's self-assessment as a .zip, built in the background (pg-boss): its
 * progress is stored here, so any server instance answers for it, and its bytes are stored in pieces
 * (EvidencePackPiece) as they are written, so the whole zip is never held in memory.
 */
@ObjectType({ description: 'Bộ tài liệu kiểm chứng (.zip) của bản tự đánh giá, tạo ở chế độ nền' })
@Entity({ tableName: 'evidence_pack' })
export class EvidencePack {
  [OptionalProps]?:
    | 'status'
    | 'done'
    | 'total'
    | 'errorCode'
    | 'errorMessage'
    | 'size'
    | 'files'
    | 'createdAt'
    | 'startedAt'
    | 'finishedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => SelfAssessment, { deleteRule: 'cascade' })
  assessment!: SelfAssessment;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => EvidencePackStatus)
  @Enum({ items: () => EvidencePackStatus, type: 'string' })
  status: EvidencePackStatus = EvidencePackStatus.QUEUED;

  /** Files written so far, of `total` (the evidence files and the manifest). */
  @Property({ type: 'integer' })
  done = 0;

  @Property({ type: 'integer' })
  total = 0;

  @Field(() => String, { nullable: true, description: 'The error code when the pack failed' })
  @Property({ type: 'string', length: 64, nullable: true })
  errorCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the pack failed, in Vietnamese' })
  @Property({ type: 'text', nullable: true })
  errorMessage: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Bytes of the .zip, once done' })
  @Property({ type: 'double', nullable: true })
  size: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Files in the .zip (the manifest included), once done' })
  @Property({ type: 'integer', nullable: true })
  files: number | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  fileName!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  requestedBy!: User;

  @Field(() => Date)
  @Index()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}

/** A piece of a pack's .zip, in order: the download streams them one after the other. */
@Entity({ tableName: 'evidence_pack_piece' })
export class EvidencePackPiece {
  @ManyToOne(() => EvidencePack, { primary: true, deleteRule: 'cascade' })
  pack!: EvidencePack;

  @PrimaryKey({ type: 'integer' })
  position!: number;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;
}
