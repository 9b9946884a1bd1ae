import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '../../common/app-error.js';
import type { RequestContext } from '../../common/request-context.js';
import { signedInUser } from '../users/signed-in.js';
import { User } from '../users/user.entity.js';
import { ChangePasswordInput, SignInInput } from './auth.inputs.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { sessionCookieOptions } from './session-cookie.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.user;
  }

  @Mutation(() => User, { description: 'Signs in and sets the session cookie' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext): Promise<User> {
    const signedIn = await new AuthService(ctx.em, ctx.config)
      .signIn(input.username, input.password, {
        address: ctx.req.ip ?? 'unknown',
        userAgent: ctx.req.get('user-agent') ?? null,
      })
      .catch((err: unknown) => {
        // Also as the standard HTTP header, for proxies and scripts that do not read GraphQL errors.
        if (err instanceof AppError && typeof err.details.retryAfterSeconds === 'number') {
          ctx.res.setHeader('Retry-After', String(err.details.retryAfterSeconds));
        }
        throw err;
      });
    ctx.res.cookie(SESSION_COOKIE, signedIn.token, {
      ...sessionCookieOptions(ctx.config, ctx.req),
      expires: signedIn.expiresAt,
    });
    return signedIn.user;
  }

  @Mutation(() => Boolean, { description: 'Revokes this session and clears the cookie' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.sessionId) await new AuthService(ctx.em, ctx.config).signOut(ctx.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, sessionCookieOptions(ctx.config, ctx.req));
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
