import { OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * A record that people edit from several places: `version` is MikroORM's optimistic lock (an edit made
 * against an older version is refused), and the two times say when the row was made and last written.
 * Not a table of its own: each entity that extends it gets the three columns, and `Optional` names the
 * entity's other properties that may be left out when it is created. Not a GraphQL type either: no
 * resolver returns it, so only the `version` field it lends to its subclasses reaches the schema.
 */
@ObjectType()
export abstract class VersionedRecord<Optional extends string = never> {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | Optional;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
