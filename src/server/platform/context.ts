import type { Department, Role } from '../../contracts/roles';
import type { Db } from './db/types';
import type { PiiCipher } from './pii/crypto';

/** Who is acting: the logged-in user, with the scope every query is limited to. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  department: Department | null;
  /** The region code the account is scoped to (12 or 15 digits). */
  scopeCode: string;
  /** Its significant prefix: 451022 for a county, 451022100 for a township. */
  scopePrefix: string;
}

export interface RequestMeta {
  requestId: string;
  ip: string | null;
}

/** What every use case receives: the database (or a transaction), the actor and the request. */
export interface Ctx {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  pii: PiiCipher;
}

/** The same context bound to a transaction handle, to pass down to helpers such as the audit writer. */
export const withDb = (ctx: Ctx, db: Db): Ctx => ({ ...ctx, db });

/** Runs `work` in one transaction with a context bound to it: validate, check, change and audit together. */
export const inTransaction = <T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> =>
  ctx.db.transaction((tx) => work(withDb(ctx, tx as unknown as Db)));
