import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import { User } from '../users/user.entity.js';
import { AuthErrors } from './auth.errors.js';
import { hashPassword, passwordProblem, UNKNOWN_USER_HASH, verifyPassword } from './password.js';
import { UserSession } from './session.entity.js';
import { SignInThrottleService } from './sign-in-throttle.js';

export const SESSION_COOKIE = 'kc_session';

type AuthConfig = Pick<
  AppConfig,
  'sessionSecret' | 'sessionTtlHours' | 'signInMaxFailures' | 'signInMaxFailuresPerAddress' | 'signInLockMinutes'
>;

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

export class AuthService {
  private readonly throttle: SignInThrottleService;

  constructor(
    private readonly em: EntityManager,
    private readonly config: AuthConfig,
  ) {
    this.throttle = new SignInThrottleService(em, config);
  }

  hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }

  /**
   * One generic error for an unknown user, a wrong password or a deactivated account. Attempts are
   * counted per account and per address before the password is checked; a locked key is refused.
   */
  async signIn(
    usernameRaw: string,
    password: string,
    meta: { address: string; userAgent: string | null },
  ): Promise<SignedIn> {
    const username = usernameRaw.trim().toLowerCase();
    const lockedFor = await this.throttle.begin(username, meta.address);
    if (lockedFor > 0) throw AuthErrors.throttled(lockedFor);

    const user = await this.em.findOne(User, { username }, { populate: ['passwordHash'] });
    const ok = user
      ? await verifyPassword(password, user.passwordHash)
      : await verifyPassword(password, await UNKNOWN_USER_HASH);
    if (!user || !ok || !user.active) throw AuthErrors.invalidCredentials();
    await this.throttle.succeeded(username, meta.address);
    return this.openSession(user, meta.userAgent);
  }

  private async openSession(user: User, userAgent: string | null): Promise<SignedIn> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    const session = this.em.create(UserSession, {
      tokenHash: this.hashToken(token),
      user,
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await this.em.persistAndFlush(session);
    return { user, token, expiresAt };
  }

  /** The user behind a cookie token: only an unexpired, unrevoked session of an active user counts. */
  async resolveSession(token: string | undefined): Promise<{ user: User; sessionId: string } | null> {
    if (!token || token.length > 200) return null;
    const session = await this.em.findOne(
      UserSession,
      { tokenHash: this.hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user', 'user.unit'] },
    );
    if (!session?.user.active) return null;
    return { user: session.user, sessionId: session.id };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(UserSession, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  async revokeSessions(userId: string, exceptSessionId: string | null = null): Promise<void> {
    await this.em.nativeUpdate(
      UserSession,
      { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) },
      { revokedAt: new Date() },
    );
  }

  /** Changing one's password keeps this session and revokes every other one. */
  async changePassword(
    user: User,
    currentPassword: string,
    newPassword: string,
    sessionId: string | null,
  ): Promise<void> {
    const fresh = await this.em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(currentPassword, fresh.passwordHash))) throw AuthErrors.wrongCurrentPassword();
    const problem = passwordProblem(newPassword, fresh.username);
    if (problem) throw AuthErrors.weakPassword(problem);
    if (await verifyPassword(newPassword, fresh.passwordHash)) {
      throw AuthErrors.weakPassword('Mật khẩu mới phải khác mật khẩu hiện tại.');
    }
    await this.em.transactional(async (em) => {
      fresh.passwordHash = await hashPassword(newPassword);
      fresh.passwordChangedAt = new Date();
      fresh.mustChangePassword = false;
      em.persist(fresh);
      await em.flush();
      await new AuthService(em, this.config).revokeSessions(fresh.id, sessionId);
    });
    user.mustChangePassword = false;
  }
}
