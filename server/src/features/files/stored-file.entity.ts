import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';

/** An uploaded file (evidence photo, signature). Its bytes live in the configured FileStorage. */
@ObjectType({ description: 'Tệp đã tải lên (ảnh minh chứng, chữ ký)' })
@Entity({ tableName: 'stored_file' })
export class StoredFile {
  [OptionalProps]?: 'createdAt';

  /** Chosen by the phone, so that a retried upload is the same file. */
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Hex SHA-256 of the bytes' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  mimeType!: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  uploadedBy!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** The bytes of a file when stored in PostgreSQL (the default storage). */
@Entity({ tableName: 'file_blob' })
export class FileBlob {
  @PrimaryKey({ type: 'uuid' })
  fileId!: string;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;
}

/**
 * A photo arriving in pieces, under the id the phone chose: how much has arrived (its pieces are
 * FileUploadPiece rows). It becomes a StoredFile when the last piece arrives and the whole file matches
 * the SHA-256 the phone announced. `updatedAt` is when the last piece arrived (for the cleanup job).
 */
@Entity({ tableName: 'file_upload' })
export class FileUpload {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  uploadedBy!: User;

  @Property({ type: 'integer' })
  totalSize!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'integer' })
  receivedSize!: number;

  @Index()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * One piece of an upload, stored as it arrived: a piece never rewrites the ones before it (the whole
 * upload is read once, when it completes).
 */
@Entity({ tableName: 'file_upload_piece' })
export class FileUploadPiece {
  @ManyToOne(() => FileUpload, { primary: true, deleteRule: 'cascade' })
  upload!: FileUpload;

  @PrimaryKey({ type: 'integer' })
  offset!: number;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;
}
