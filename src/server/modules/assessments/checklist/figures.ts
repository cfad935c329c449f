import type { Figure } from '../../../platform/modules/manifest';
import { installedFigures as figuresByKey } from '../../../platform/modules/registry';

// The figures of the installed modules' manifests that an item's `source` may name.

export const installedFigures = figuresByKey;

/** The figure's Chinese name, or its key when no installed module declares it any more. */
export const figureLabel = (figures: ReadonlyMap<string, Figure>, key: string) =>
  figures.get(key)?.label.zh ?? key;
