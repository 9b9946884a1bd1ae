import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, signedInUser } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import { ChangePasswordInput, SignInInput } from './auth.inputs.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.user;
  }

  @Mutation(() => User, { description: 'Signs in and sets the session cookie' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext): Promise<User> {
    const signedIn = await new AuthService(ctx.em, ctx.config).signIn(input.username, input.password, {
      address: ctx.req.ip ?? 'unknown',
      userAgent: ctx.req.get('user-agent') ?? null,
    });
    ctx.res.cookie(SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.cookieSecure,
      path: '/',
      expires: signedIn.expiresAt,
    });
    return signedIn.user;
  }

  @Mutation(() => Boolean, { description: 'Revokes this session and clears the cookie' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.sessionId) await new AuthService(ctx.em, ctx.config).signOut(ctx.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the own password; other sessions are signed out' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await new AuthService(ctx.em, ctx.config).changePassword(
      signedInUser(ctx),
      input.currentPassword,
      input.newPassword,
      ctx.sessionId,
    );
    return true;
  }
}
