import type { ModulePart } from '../../platform/modules/parts';

/** One part of the economy module (accounts, assets, plans, pairings, projects, views). */
export type EconomyPart = ModulePart;
