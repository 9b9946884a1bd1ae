import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/app-error.js';
import type { AppConfig } from '../../common/config.js';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import type { Role } from '../users/role.js';
import { User } from '../users/user.entity.js';
import type { Viewer } from '../users/viewer.js';
import { AuthErrors } from './auth.errors.js';
import { hashPassword, passwordProblem, unknownUserHash, verifyPassword } from './password.js';
import { passwordWork } from './password-work.js';
import { UserSession } from './session.entity.js';
import { SignInThrottleService } from './sign-in-throttle.js';

export const SESSION_COOKIE = 'kc_session';

type AuthConfig = Pick<
  AppConfig,
  | 'sessionSecret'
  | 'sessionTtlHours'
  | 'signInMaxFailures'
  | 'signInMaxFailuresPerAddress'
  | 'signInLockMinutes'
  | 'signInAccountSlowdownAfter'
  | 'signInAccountSlowdownSeconds'
>;

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

/** A signed-in request's session: its id, the viewer, and the user entity on demand. */
export interface ResolvedSession {
  sessionId: string;
  viewer: Viewer;
  /** A temporary password (new account, reset): only changing it and signing out are allowed. */
  mustChangePassword: boolean;
  user(): User;
}

/** The columns of `app_user` the signed-in user is mapped from (not its password hash, a lazy property). */
interface SessionUserRow {
  id: string;
  username: string;
  full_name: string;
  role: Role;
  unit_id: string | null;
  active: boolean;
  must_change_password: boolean;
  created_at: Date;
  password_changed_at: Date;
}

/** An unexpired, unrevoked session of an active user, by its token hash. */
const resolveSessionSql = (
  tokenHash: string,
) => sql`select s.id as session_id, u.id, u.username, u.full_name, u.role, u.unit_id, u.active,
    u.must_change_password, u.created_at, u.password_changed_at
  from user_session s join app_user u on u.id = s.user_id
  where s.token_hash = ${tokenHash} and s.revoked_at is null and s.expires_at > now() and u.active`;

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
   * One generic error for an unknown user or a wrong password; a deactivated account is named as such
   * only after its right password (it stays counted as a failure, so throttling is unchanged). Attempts are
   * counted (per address, per account and address, per account) before the password is checked; see
   * SignInThrottleService for why a stranger's failures cannot keep the owner out.
   */
  async signIn(
    usernameRaw: string,
    password: string,
    meta: { address: string; userAgent: string | null },
  ): Promise<SignedIn> {
    const username = usernameRaw.trim().toLowerCase();
    // Refused before anything is counted when the password threads are full (a flood of sign-ins).
    if (!passwordWork.hasRoom()) throw AuthErrors.passwordWorkBusy();
    const refusal = await this.throttle.begin(username, meta.address);
    if (refusal?.reason === 'LOCKED') throw AuthErrors.throttled(refusal.retryAfterSeconds);
    if (refusal) throw AuthErrors.slowedDown(refusal.retryAfterSeconds);

    const user = await this.em.findOne(User, { username }, { populate: ['passwordHash'] });
    let ok: boolean;
    try {
      ok = await verifyPassword(password, user ? user.passwordHash : await unknownUserHash());
    } catch (err) {
      // The threads filled up meanwhile: the password was not checked, so the attempt is not counted.
      if (err instanceof AppError && err.code === 'SIGN_IN_BUSY')
        await this.throttle.notChecked(username, meta.address);
      throw err;
    }
    if (!user || !ok) throw AuthErrors.invalidCredentials();
    if (!user.active) throw AuthErrors.accountLocked();
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

  /**
   * The session behind a cookie token: only an unexpired, unrevoked session of an active user counts.
   * Every request asks this, so it is one plain query; the user entity is mapped from the same row only
   * when `user()` is first called (mapping it cost more than the rest of a small list request). The
   * user's unit stays a reference: only its id is ever read from the signed-in user.
   */
  async resolveSession(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const [row] = await readRows<SessionUserRow & { session_id: string }>(
      this.em,
      resolveSessionSql(this.hashToken(token)),
    );
    if (!row) return null;
    const { session_id: sessionId, ...userRow } = row;
    let user: User | undefined;
    return {
      sessionId,
      viewer: { id: userRow.id, role: userRow.role, unitId: userRow.unit_id },
      mustChangePassword: userRow.must_change_password,
      user: () => {
        user ??= this.em.map(User, userRow);
        return user;
      },
    };
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
    // The policy first: it costs no scrypt, and says nothing about the current password.
    const problem = passwordProblem(newPassword, fresh);
    if (problem) throw AuthErrors.weakPassword(problem);
    if (!(await verifyPassword(currentPassword, fresh.passwordHash))) throw AuthErrors.wrongCurrentPassword();
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
