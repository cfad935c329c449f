import type { FastifyPluginAsync } from 'fastify';
import type { Permission, Role } from '../../../contracts/roles';
import type { AttachableKind } from '../attachments/kinds';
import type { AuditWho } from '../audit/write';
import type { Ctx } from '../context';
import type { Db } from '../db/types';

// A module declares itself once (DOMAIN.md: registries, points, events …): its routes, tables and
// permissions, what it does when a county is imported, what it adds to 一户一档, what waits on the
// home page (工作台), and the figures dashboards may show. app.ts, the county import, 一户一档 and the
// home page loop over the manifests, so a new module is one line in modules/index.ts.

export interface Text {
  zh: string;
  en: string;
}

/** One waiting record shown under a pending item (a returned claim with its reason). */
export interface HomeEntry {
  id: string;
  title: string;
  detail?: string | null;
  /** Why it waits on this user: the reason a claim was returned, a deadline. */
  reason?: string | null;
  /** The web page that opens it. */
  path: string;
  at?: string | null;
}

/** Work waiting for the caller: claims to review, claims returned to their proposer … */
export interface HomePending {
  key: string;
  label: Text;
  count: number;
  /** The page the item opens; the menu entry with this path gets the count as a badge. */
  path: string;
  /** A few of the records themselves, when seeing them saves a tap. */
  entries?: HomeEntry[];
}

/** A common job as a large button on the home page, for the roles it is common for. */
export interface HomeShortcut {
  key: string;
  label: Text;
  path: string;
  permission: Permission;
  /** Roles whose home page starts with this job, and where (lower first). */
  rank?: Partial<Record<Role, number>>;
}

/** A figure dashboards and one-sheet reports may show, with how it is computed from records. */
export interface Figure {
  key: string;
  label: Text;
  definition: Text;
  unit: Text;
  /** The region the figure is computed for (in the caller's scope) and an optional year. */
  compute(ctx: Ctx, query: { regionCode: string; year?: number }): Promise<number>;
}

/** What a household's one-page file (一户一档) shows from this module. */
export interface HouseholdFileSlot {
  key: string;
  read(ctx: Ctx, household: { id: string; regionCode: string; memberIds: string[] }): Promise<unknown>;
}

/**
 * Records of other modules this module refers to, counted per id (members of a party
 * organization): the owning module reads them to refuse a delete or show a count without
 * importing this module.
 */
export type ReferenceCounter = (db: Db, ids: string[]) => Promise<Map<string, number>>;

export interface ModuleManifest {
  name: string;
  label: Text;
  /** Fastify plugins with the module's routes. */
  routes?: readonly FastifyPluginAsync[];
  /** The module's Drizzle tables (its tables.ts as a namespace). */
  tables?: Readonly<Record<string, unknown>>;
  /** The permissions the module's routes check (defined in contracts/roles.ts). */
  permissions?: readonly Permission[];
  /** Runs inside the county import's transaction (seed the county's default catalogue …). */
  onCountyImport?(db: Db, who: AuditWho, countyCode: string): Promise<void>;
  householdFile?: HouseholdFileSlot;
  home?: {
    pending?(ctx: Ctx): Promise<HomePending[]>;
    shortcuts?: readonly HomeShortcut[];
  };
  figures?: readonly Figure[];
  /** Record kinds that take photos and documents (platform/attachments). */
  // biome-ignore lint/suspicious/noExplicitAny: each kind types its own record
  attachments?: readonly AttachableKind<any>[];
  /** `{ party_org: { 'members.full': counter } }`: references this module holds to others' records. */
  references?: Readonly<Record<string, Readonly<Record<string, ReferenceCounter>>>>;
}

export const defineModule = <M extends ModuleManifest>(manifest: M): M => manifest;
