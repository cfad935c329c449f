import type { ModulePart } from '../../platform/modules/parts';

/** One part of the visits module (visit, monitoring, clues, cases, contacts, reports). */
export type VisitsPart = ModulePart;
