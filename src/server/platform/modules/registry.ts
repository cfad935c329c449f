import type { ModuleManifest, ReferenceCounter } from './manifest';

// The installed modules, set once by the composition root (app.ts) from modules/index.ts. The
// platform reads them here so that no platform file imports a module.

let installed: readonly ModuleManifest[] = [];

export const installModules = (modules: readonly ModuleManifest[]): void => {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
  }
  installed = modules;
};

export const installedModules = (): readonly ModuleManifest[] => installed;

/** Every counter other modules declared for references to `recordKind`, by reference key. */
export const referenceCounters = (recordKind: string): [string, ReferenceCounter][] =>
  installed.flatMap((m) => Object.entries(m.references?.[recordKind] ?? {}));
