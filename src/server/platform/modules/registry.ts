import { type AuditLabelIndex, indexAuditLabels, PLATFORM_AUDIT_LABELS } from '../audit/labels';
import type { Figure, ModuleManifest, ReferenceCounter } from './manifest';

// The installed modules, set by each composition root (app.ts, the CLIs, the test template) from
// modules/index.ts. The platform reads them here so that no platform file imports a module.

let installed: readonly ModuleManifest[] = [];
let auditLabels: AuditLabelIndex | null = null;

export const installModules = (modules: readonly ModuleManifest[]): void => {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
  }
  installed = modules;
  auditLabels = null;
};

/** Refuses to answer before installModules: a county import without its hooks would lose data quietly. */
export const installedModules = (): readonly ModuleManifest[] => {
  if (installed.length === 0) throw new Error('no modules installed: call installModules(MODULES) first');
  return installed;
};

/** Every counter other modules declared for references to `recordKind`, by reference key. */
export const referenceCounters = (recordKind: string): [string, ReferenceCounter][] =>
  installedModules().flatMap((m) => Object.entries(m.references?.[recordKind] ?? {}));

/** The names of every audit action and record kind the installed modules and the platform write. */
export const installedAuditLabels = (): AuditLabelIndex => {
  auditLabels ??= indexAuditLabels([
    PLATFORM_AUDIT_LABELS,
    ...installedModules().flatMap((m) => m.audit ?? []),
  ]);
  return auditLabels;
};

/** The figures the installed modules declare, by key (indicators and checklist items name them). */
export const installedFigures = (): ReadonlyMap<string, Figure> =>
  new Map(installedModules().flatMap((m) => (m.figures ?? []).map((f) => [f.key, f] as const)));
