import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { AppConfig } from '../common/config.js';
import type { Logger } from '../common/logger.js';
import type { RequestContext } from '../common/request-context.js';
import type { ResolvedSession } from '../features/auth/auth.service.js';
import type { User } from '../features/users/user.entity.js';
import type { Viewer } from '../features/users/viewer.js';
import type { JobSender } from '../jobs/job-queue.js';
import { createFormatError } from './errors.js';

/**
 * The context of one GraphQL request. `user` is a getter of the class, not an own property: Apollo
 * copies the context's own properties into a new object of the same prototype for each operation,
 * which would read (and so map) the user of every request if it were an own getter.
 */
export class GraphQLRequestContext implements RequestContext {
  readonly viewer: Viewer | null;
  readonly sessionId: string | null;
  readonly passwordChangeRequired: boolean;

  constructor(
    readonly em: EntityManager,
    readonly session: ResolvedSession | null,
    readonly req: Request,
    readonly res: Response,
    readonly config: AppConfig,
    readonly logger: Logger,
    readonly jobs: JobSender,
  ) {
    this.viewer = session?.viewer ?? null;
    this.sessionId = session?.sessionId ?? null;
    this.passwordChangeRequired = session?.mustChangePassword ?? false;
  }

  get user(): User | null {
    return this.session?.user() ?? null;
  }

  /** As app.ts's `formatError`: this request's logger, suggestions hidden in production. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    return createFormatError(this.logger, { hideSuggestions: this.config.env === 'production' })(formatted, error);
  }
}
