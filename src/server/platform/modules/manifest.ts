import type { FastifyPluginAsync } from 'fastify';
import type { HomeEntry, HomePending, Text } from '../../../contracts/api/home';
import type { HouseholdFile } from '../../../contracts/api/household-file';
import type { Permission, Role } from '../../../contracts/roles';
import type { AttachableKind } from '../attachments/kinds';
import type { AuditLabels } from '../audit/labels';
import type { AuditWho } from '../audit/write';
import type { Ctx } from '../context';
import type { Db } from '../db/types';

// A module declares itself once (DOMAIN.md: registries, points, events …): its routes, tables and
// permissions, what it does when a county is imported, what it adds to 一户一档, what waits on the
// home page (工作台), and the figures dashboards may show. app.ts, the county import, 一户一档 and the
// home page loop over the manifests, so a new module is one line in modules/index.ts.

export type { HomeEntry, HomePending, Text };

/** A common job as a large button on the home page, for the roles it is common for. */
export interface HomeShortcut {
  key: string;
  label: Text;
  path: string;
  permission: Permission;
  /** Roles whose home page starts with this job, and where (lower first). */
  rank?: Partial<Record<Role, number>>;
}

/** A quarter of a calendar year (一季度 … 四季度). */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * The region a figure is computed for (in the caller's scope), an optional year (this year) and an
 * optional quarter of it (the whole year without one; only figures with `byQuarter` answer one).
 */
export interface FigureQuery {
  regionCode: string;
  year?: number;
  quarter?: Quarter;
}

/** The levels a dashboard compares regions at. */
export type FigureLevel = 'city' | 'county' | 'township' | 'village';

/** The values of the regions at a level under the region, and of the figure's categories. */
export interface FigureBreakdown {
  /** 12-digit region code → value (regions without records are absent: 0 for a count). */
  byRegion: Map<string, number>;
  /** Category (as the records name it) → value; empty for a figure without categories. */
  byCategory: Map<string, number>;
  /** The figure for the region itself. */
  total: number;
}

export interface DrillQuery extends FigureQuery {
  offset: number;
  limit: number;
  category?: string;
  search?: string;
}

/** One record behind a figure: what a drill-down list shows and opens. */
export interface DrillRow {
  id: string;
  regionCode: string;
  title: string;
  /** Its share of the figure: 1 for a count, fen for money. */
  weight: number;
  category: string | null;
}

export interface DrillPage {
  /** Records matching, and the sum of their weights (the figure, before a rate or unit). */
  total: number;
  sum: number;
  rows: DrillRow[];
}

/** What a drill-down row opens (the web maps each kind to its page). */
export type FigureRecordKind =
  | 'household'
  | 'person'
  | 'member'
  | 'cadre'
  | 'work_team'
  | 'org_unit'
  | 'points_entry'
  | 'redemption'
  | 'event'
  | 'economy_account'
  | 'village'
  | 'project'
  | 'rating'
  | 'flag'
  | 'weak_org'
  | 'visit'
  | 'problem'
  | 'monitoring_case'
  | (string & {});

/** A figure dashboards and one-sheet reports may show, with how it is computed from records. */
export interface Figure {
  key: string;
  label: Text;
  definition: Text;
  unit: Text;
  /** false: a state of today (overdue now), the same for every year asked. Default true. */
  perYear?: boolean;
  /**
   * true: the figure answers for a quarter of a year too (events reported in it, income to its
   * end …; its definition says which). A figure by year only refuses a quarter: no value shows.
   */
  byQuarter?: boolean;
  /** Categories the figure splits into (stars by level …), in display order, by the key its records give. */
  categories?: readonly { key: string; label: Text }[];
  /** No record gives it: the only kind of figure a form may ask for (docs/dashboards.md). */
  formOnly?: boolean;
  compute(ctx: Ctx, query: FigureQuery): Promise<number>;
  /** Figures built from records (platform/figures): values per region and category in one query. */
  breakdown?(
    ctx: Ctx,
    query: FigureQuery & {
      level: FigureLevel /** false: byCategory is not wanted (a report). */;
      categories?: boolean;
    },
  ): Promise<FigureBreakdown>;
  /** The records behind the figure, a page at a time. */
  drill?(ctx: Ctx, query: DrillQuery): Promise<DrillPage>;
  /** What a drill-down row opens, and the permission needed to see the records. */
  record?: FigureRecordKind;
  permission?: Permission;
}

/** The household as the other slots of 一户一档 need it: its living members and its small grid. */
export interface HouseholdRef {
  id: string;
  regionCode: string;
  memberIds: string[];
  gridId: string | null;
}

/** Fields of the 一户一档 answer (contracts/api/household-file.ts) this module fills. */
export type HouseholdFilePart = Partial<HouseholdFile>;

/** What a household's one-page file (一户一档) shows from this module. */
export interface HouseholdFileSlot {
  key: string;
  /**
   * The registry holding households opens the file: it finds the household in the caller's scope
   * (NotFound otherwise) before any other slot is read. Exactly one installed module opens.
   */
  open?(ctx: Ctx, householdId: string): Promise<{ household: HouseholdRef; part: HouseholdFilePart }>;
  /** The other slots, read together once the household is found. */
  read?(ctx: Ctx, household: HouseholdRef): Promise<HouseholdFilePart>;
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
  onCountyImport?(db: Db, who: AuditWho, countyCode: string): Promise<unknown>;
  householdFile?: HouseholdFileSlot;
  home?: {
    pending?(ctx: Ctx): Promise<HomePending[]>;
    shortcuts?: readonly HomeShortcut[];
  };
  figures?: readonly Figure[];
  /** Record kinds that take photos and documents (platform/attachments). */
  // biome-ignore lint/suspicious/noExplicitAny: each kind types its own record
  attachments?: readonly AttachableKind<any>[];
  /** Names of the actions and record kinds this module writes to the audit log (审计日志). */
  audit?: AuditLabels;
  /** `{ party_org: { 'members.full': counter } }`: references this module holds to others' records. */
  references?: Readonly<Record<string, Readonly<Record<string, ReferenceCounter>>>>;
}

export const defineModule = <M extends ModuleManifest>(manifest: M): M => manifest;
