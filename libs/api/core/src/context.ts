import type { Role } from '@pinzhi/domain';
import type { TenantDb } from '@pinzhi/db';
import type { Logger } from 'pino';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { NO_EVENTS, type EventSink } from './events';
import { Loaders } from './loaders';

/** Who is calling, taken only from a verified token and a live session. */
export interface AuthInfo {
  userId: string;
  tenantId: string;
  tenantSlug: string;
  membershipId: string;
  sessionId: string;
  role: Role;
  regionIds: string[];
  /** Signed in with a temporary password: only `me`, `changePassword` and `logout` are allowed until it is changed. */
  passwordChangeRequired?: boolean;
}

/**
 * A platform operator (平台管理员), from a verified platform token and a live platform session.
 * It has no tenant: a request with it has no `auth`, and every company-scoped operation is
 * FORBIDDEN to it (`RequestContext.user`).
 */
export interface OperatorInfo {
  operatorId: string;
  sessionId: string;
  email: string;
}

/**
 * Built once per HTTP request. Feature code gets the tenant-scoped database from here —
 * there is no other way to reach data — and per-request DataLoaders.
 */
export class RequestContext {
  readonly loaders: Loaders;
  // A TS-private field, not #private: Apollo copies the context object per operation.
  private readonly tenantDb: TenantDb | null;

  constructor(
    readonly requestId: string,
    readonly ip: string,
    readonly log: Logger,
    readonly auth: AuthInfo | null,
    /** Why the presented credential was not accepted (expired, revoked …), if it was not. */
    readonly authFailure: Error | null,
    db: TenantDb | null,
    /** The current time; the app's clock (tests move it to see occurrences become due or missed). */
    readonly now: () => Date = () => new Date(),
    /** Where capabilities report what happened (notifications), inside their transactions. */
    readonly events: EventSink = NO_EVENTS,
    /** A signed-in platform operator (then `auth` is null): only the platform's own operations accept it. */
    readonly operator: OperatorInfo | null = null,
  ) {
    this.tenantDb = db;
    this.loaders = new Loaders(() => this.db);
  }

  /** The signed-in caller; throws UNAUTHENTICATED (with the reason) otherwise. */
  get user(): AuthInfo {
    if (this.auth) return this.auth;
    if (this.operator) throw new ForbiddenError('A platform operator has no access to company data', 'PLATFORM_OPERATOR');
    throw this.authFailure ?? new UnauthenticatedError('NO_TOKEN', 'Sign in first');
  }

  /** The signed-in platform operator; UNAUTHENTICATED when nobody is signed in, FORBIDDEN for a company member. */
  get platformOperator(): OperatorInfo {
    if (this.operator) return this.operator;
    if (this.auth) throw new ForbiddenError('Only a platform operator may do this', 'NOT_PLATFORM_OPERATOR');
    throw this.authFailure ?? new UnauthenticatedError('NO_TOKEN', 'Sign in first');
  }

  /** The caller's tenant's data; throws UNAUTHENTICATED when nobody is signed in. */
  get db(): TenantDb {
    void this.user; // the getter throws UNAUTHENTICATED when signed out
    return this.tenantDb!;
  }
}

/**
 * A file a capability offers over plain HTTP GET (Excel exports): the server authenticates
 * the request like /graphql and passes the same context.
 */
export interface DownloadRoute {
  /** Fastify path, e.g. '/downloads/handbook-versions/:id.xlsx' */
  path: string;
  /**
   * 'bearer' (default): the signed-in user's token. 'calendarFeed': the `:token` path
   * parameter is a calendar feed's `<id>.<secret>` (calendar apps cannot send headers);
   * a bad or revoked one is a 404. 'platformOperator': only a platform operator's token (a
   * company member is FORBIDDEN; and an operator is FORBIDDEN on every other route).
   */
  auth?: 'bearer' | 'calendarFeed' | 'platformOperator';
  /** May be shown in the browser rather than saved: the server does so for raster images only (documents are always attachments). */
  inline?: boolean;
  /** `query` holds the URL's query-string parameters (a bad one: throw BAD_USER_INPUT → 400 with `fields`). */
  handle(
    ctx: RequestContext,
    params: Record<string, string>,
    query?: Record<string, string | undefined>,
  ): Promise<{ filename: string; contentType: string; body: Buffer | DownloadStream }>;
}

/** A large file sent as a stream (an export archive), with its length. */
export interface DownloadStream {
  stream: NodeJS.ReadableStream;
  bytes: number;
}

/**
 * A file a capability accepts over plain HTTP POST (photo evidence): the raw bytes as the
 * body with one of `contentTypes`, at most `maxBytes` (413 and 415 otherwise, as JSON). The
 * server authenticates the request like /graphql and passes the same context.
 */
export interface UploadRoute {
  path: string;
  contentTypes: readonly string[];
  maxBytes: number;
  handle(ctx: RequestContext, body: Buffer, contentType: string): Promise<{ status: number; body: object }>;
}
