import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability, capabilitiesOf } from '../auth/permissions.js';
import { Unit } from '../units/unit.entity.js';
import { signedInUser } from './signed-in.js';
import { User } from './user.entity.js';
import { UserPage } from './user-list.js';
import {
  CreateUserInput,
  ResetPasswordInput,
  SetUserActiveInput,
  UpdateUserInput,
  UserFilterInput,
} from './users.inputs.js';
import { UsersService } from './users.service.js';

@Resolver(() => User)
export class UsersResolver {
  @Authorized(Capability.USER_MANAGE)
  @Query(() => [User])
  users(@Ctx() ctx: RequestContext): Promise<User[]> {
    return new UsersService(ctx.em, ctx.config).list();
  }

  @Authorized(Capability.USER_MANAGE)
  @Query(() => UserPage, { description: 'Users matching a search and filters, one page, active first then by name' })
  userPage(
    @Arg('filter', () => UserFilterInput, { nullable: true }) filter: UserFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPage> {
    return new UsersService(ctx.em, ctx.config).page(filter, page);
  }

  @Authorized(Capability.PLAN_READ)
  @Query(() => [User], { description: 'Active inspectors, to form inspection teams' })
  inspectors(@Ctx() ctx: RequestContext): Promise<User[]> {
    return new UsersService(ctx.em, ctx.config).inspectors();
  }

  @Authorized(Capability.USER_MANAGE)
  @Mutation(() => User, { description: 'Creates a user who must change the given password at first sign-in' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return new UsersService(ctx.em, ctx.config).create(signedInUser(ctx), input);
  }

  @Authorized(Capability.USER_MANAGE)
  @Mutation(() => User, {
    description: "Changes a user's full name, role and unit; the new permissions hold from their next request",
  })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return new UsersService(ctx.em, ctx.config).update(signedInUser(ctx), input);
  }

  @Authorized(Capability.USER_MANAGE)
  @Mutation(() => User, { description: 'Deactivates (signing the user out) or reactivates a user' })
  setUserActive(
    @Arg('input', () => SetUserActiveInput) input: SetUserActiveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return new UsersService(ctx.em, ctx.config).setActive(signedInUser(ctx), input);
  }

  @Authorized(Capability.USER_MANAGE)
  @Mutation(() => User, { description: 'Sets a temporary password and signs the user out everywhere' })
  resetUserPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return new UsersService(ctx.em, ctx.config).resetPassword(signedInUser(ctx), input);
  }

  @FieldResolver(() => [Capability], {
    description: 'What the user may do (the permissions table, from their role): the client shows only these',
  })
  can(@Root() user: User): Capability[] {
    return capabilitiesOf(user.role);
  }

  @FieldResolver(() => ID, { nullable: true })
  unitId(@Root() user: User): string | null {
    return user.unit?.id ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return user.unit ? ctx.em.findOne(Unit, { id: user.unit.id }) : null;
  }
}
