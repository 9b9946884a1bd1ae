import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
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
 * A photo arriving in pieces: the bytes received so far, under the id the phone chose. It becomes a
 * StoredFile when the last piece arrives and the whole file matches the SHA-256 the phone announced.
 */
@Entity({ tableName: 'file_upload' })
export class FileUpload {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  uploadedBy!: User;

  @Property({ type: 'integer' })
  totalSize!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'blob', lazy: true })
  received!: Buffer;

  @Property({ type: 'integer' })
  receivedSize!: number;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
