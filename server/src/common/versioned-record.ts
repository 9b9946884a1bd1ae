import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A record that people edit from several places, under a UUID drawn when it is made. `version` is
 * MikroORM's optimistic lock (an edit made against an older version is refused); the two times say when
 * the row was made and last written. Not a table of its own: each entity that extends it gets the four
 * columns, and `Optional` names the entity's other properties that may be left out when it is created.
 * Not a GraphQL type either (no resolver returns it): only the `id` and `version` fields it lends to its
 * subclasses reach the schema. simpleResolvers: both are read straight off the object (no middleware or
 * @Authorized on them), and the visit and unit lists read thousands of them.
 */
@ObjectType({ simpleResolvers: true })
export abstract class VersionedRecord<Optional extends string = never> {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | Optional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
