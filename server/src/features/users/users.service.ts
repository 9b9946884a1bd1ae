import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../common/config.js';
import { isUuid } from '../../common/ids.js';
import type { PageArgs } from '../../common/paging.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthErrors } from '../auth/auth.errors.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { Capability, rolesWith } from '../auth/permissions.js';
import { Unit } from '../units/unit.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';
import { listUsers, type UserPage } from './user-list.js';
import { unitMissing, userChangeProblem } from './user-rules.js';
import { UserErrors } from './users.errors.js';
import type {
  CreateUserInput,
  ResetPasswordInput,
  SetUserActiveInput,
  UpdateUserInput,
  UserFilterInput,
} from './users.inputs.js';

export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
  ) {}

  page(filter: UserFilterInput | null | undefined, page: PageArgs): Promise<UserPage> {
    return listUsers(this.em, filter, page);
  }

  list(): Promise<User[]> {
    return this.em.find(User, {}, { populate: ['unit'], orderBy: { active: 'desc', username: 'asc' } });
  }

  /** Active people who do field work (inspectors), for forming teams. */
  inspectors(): Promise<User[]> {
    return this.em.find(
      User,
      { role: { $in: [...rolesWith(Capability.VISIT_CONDUCT)] }, active: true },
      { populate: ['unit'], orderBy: { fullName: 'asc' } },
    );
  }

  async create(actor: User, input: CreateUserInput): Promise<User> {
    const username = input.username.toLowerCase();
    const fullName = cleanName(input.fullName);
    const problem = passwordProblem(input.password, { username, fullName });
    if (problem) throw AuthErrors.weakPassword(problem);
    if (unitMissing(input.role, input.unitId)) throw UserErrors.unitRequired();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.em.transactional(async (em) => {
        const unit = input.unitId ? await this.findUnit(em, input.unitId) : null;
        if (await em.count(User, { username })) throw UserErrors.usernameTaken(username);
        const user = em.create(User, {
          username,
          fullName,
          role: input.role,
          unit,
          passwordHash,
          mustChangePassword: true,
        });
        em.persist(user);
        recordAudit(em, actor, { entityType: 'User', entityId: user.id, action: 'CREATE', after: describeUser(user) });
        return user;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw UserErrors.usernameTaken(username);
      throw err;
    }
  }

  /**
   * Changes a user's full name, role and unit (userChangeProblem). The sessions stay: every request reads
   * the role and unit afresh from the user's row (AuthService.resolveSession), so the new permissions
   * hold from the user's next request.
   */
  async update(actor: User, input: UpdateUserInput): Promise<User> {
    const fullName = cleanName(input.fullName);
    const unitId = input.unitId || null;
    return this.em.transactional(async (em) => {
      // Admins' rows locked in one order, so two admins demoting each other cannot both pass the count.
      const admins = await em.find(
        User,
        { role: Role.ADMIN },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const user = await this.findUser(em, input.userId);
      const problem = userChangeProblem({
        actorId: actor.id,
        target: user,
        role: input.role,
        unitId,
        activeAdmins: admins.filter((admin) => admin.active).length,
      });
      if (problem === 'USER_UNIT_REQUIRED') throw UserErrors.unitRequired();
      if (problem === 'CANNOT_DEMOTE_SELF') throw UserErrors.cannotDemoteSelf();
      if (problem === 'LAST_ADMIN') throw UserErrors.lastAdmin();
      const unit = unitId ? await this.findUnit(em, unitId) : null;
      const before = describeUser(user);
      user.fullName = fullName;
      user.role = input.role;
      user.unit = unit;
      const after = describeUser(user);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        recordAudit(em, actor, { entityType: 'User', entityId: user.id, action: 'UPDATE', before, after });
      }
      await em.flush();
      return user;
    });
  }

  /** Deactivating signs the user out everywhere at once; an admin cannot lock themselves out. */
  async setActive(actor: User, input: SetUserActiveInput): Promise<User> {
    if (!input.active && input.userId === actor.id) throw UserErrors.cannotDeactivateSelf();
    return this.em.transactional(async (em) => {
      const user = await this.findUser(em, input.userId);
      const before = user.active;
      user.active = input.active;
      if (before !== input.active) {
        recordAudit(em, actor, {
          entityType: 'User',
          entityId: user.id,
          action: input.active ? 'ACTIVATE' : 'DEACTIVATE',
          before: { active: before },
          after: { active: input.active },
        });
      }
      await em.flush();
      if (!input.active) await new AuthService(em, this.config).revokeSessions(user.id);
      return user;
    });
  }

  /** Sets a temporary password the person must change, and signs them out everywhere. */
  async resetPassword(actor: User, input: ResetPasswordInput): Promise<User> {
    const user = await this.findUser(this.em, input.userId);
    const problem = passwordProblem(input.newPassword, user);
    if (problem) throw AuthErrors.weakPassword(problem);
    const passwordHash = await hashPassword(input.newPassword);
    return this.em.transactional(async (em) => {
      const fresh = await this.findUser(em, input.userId);
      fresh.passwordHash = passwordHash;
      fresh.passwordChangedAt = new Date();
      fresh.mustChangePassword = true;
      // That it happened and who did it; never the password or its hash.
      recordAudit(em, actor, {
        entityType: 'User',
        entityId: fresh.id,
        action: 'RESET_PASSWORD',
        after: { mustChangePassword: true, sessionsRevoked: true },
      });
      await em.flush();
      await new AuthService(em, this.config).revokeSessions(fresh.id);
      return fresh;
    });
  }

  private async findUser(em: EntityManager, id: string): Promise<User> {
    const user = isUuid(id) ? await em.findOne(User, { id }, { populate: ['unit'] }) : null;
    if (!user) throw UserErrors.notFound();
    return user;
  }

  private async findUnit(em: EntityManager, id: string): Promise<Unit> {
    const unit = isUuid(id) ? await em.findOne(Unit, { id }) : null;
    if (!unit) throw UserErrors.unitNotFound();
    return unit;
  }
}

function cleanName(raw: string): string {
  const fullName = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!fullName) throw UserErrors.blankName();
  return fullName;
}

/** What the audit trail keeps of a user: never a password or its hash. */
function describeUser(user: User): Record<string, unknown> {
  return {
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unit?.id ?? null,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
  };
}
