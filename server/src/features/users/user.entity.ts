import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';
import { Role } from './role.js';

@ObjectType({ description: 'A person who signs in' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'active' | 'mustChangePassword' | 'createdAt' | 'passwordChangedAt' | 'unit';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower case; sign-in is case-insensitive on the username. */
  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  @Property({ type: 'string', length: 300, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  /** The unit a unit head answers for; optional for other roles (their home unit). */
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  unit: Unit | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Field(() => Boolean, { description: 'Set after an admin reset: the user should choose a new password' })
  @Property({ type: 'boolean' })
  mustChangePassword = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  passwordChangedAt: Date = new Date();
}
