import type { FastifyPluginAsync } from 'fastify';
import type { AttachableKind } from '../attachments/kinds';
import type { AuditLabels } from '../audit/labels';
import type { Ctx } from '../context';
import type {
  Figure,
  HomePending,
  HomeShortcut,
  HouseholdFilePart,
  HouseholdFileSlot,
  HouseholdRef,
  ModuleManifest,
} from './manifest';

/**
 * One part of a large module (assessments: criteria, campaign, flags …; economy: accounts,
 * projects …): what it adds to its module's manifest. Each part declares its own routes, audit
 * names, attachments, home items, figures and 一户一档 fields, so parts grow independently and
 * `gatherParts` joins them into the manifest.
 */
export interface ModulePart {
  name: string;
  routes: readonly FastifyPluginAsync[];
  audit: AuditLabels;
  // biome-ignore lint/suspicious/noExplicitAny: each kind types its own record
  attachments?: readonly AttachableKind<any>[];
  pending?(ctx: Ctx): Promise<HomePending[]>;
  shortcuts?: readonly HomeShortcut[];
  figures?: readonly Figure[];
  /** Adds fields to 一户一档. */
  householdFile?(ctx: Ctx, household: HouseholdRef): Promise<HouseholdFilePart>;
}

/** The manifest fields a module made of parts gets from them (its own audit names added first). */
export const gatherParts = (
  fileKey: string,
  parts: readonly ModulePart[],
  own: AuditLabels = {},
): Pick<ModuleManifest, 'routes' | 'audit' | 'attachments' | 'figures' | 'home' | 'householdFile'> => {
  const withPending = parts.filter((p) => p.pending);
  const withFile = parts.filter((p) => p.householdFile);
  const householdFile: HouseholdFileSlot | undefined = withFile.length
    ? {
        key: fileKey,
        read: async (ctx, household) =>
          Object.assign({}, ...(await Promise.all(withFile.map((p) => p.householdFile!(ctx, household))))),
      }
    : undefined;
  return {
    routes: parts.flatMap((p) => p.routes),
    audit: {
      entities: Object.assign({}, own.entities ?? {}, ...parts.map((p) => p.audit.entities ?? {})),
      actions: Object.assign({}, own.actions ?? {}, ...parts.map((p) => p.audit.actions ?? {})),
    },
    attachments: parts.flatMap((p) => p.attachments ?? []),
    figures: parts.flatMap((p) => p.figures ?? []),
    home: {
      pending: async (ctx) => (await Promise.all(withPending.map((p) => p.pending!(ctx)))).flat(),
      shortcuts: parts.flatMap((p) => p.shortcuts ?? []),
    },
    householdFile,
  };
};
