import type { FigureView } from '../../../../contracts/api/assess-criteria';
import { installedFigures as figuresByKey } from '../../../platform/modules/registry';

// The figures an indicator may be filled from: those the installed modules' manifests declare.

export const installedFigures = (): FigureView[] =>
  [...figuresByKey().values()].map((f) => ({
    key: f.key,
    label: f.label,
    unit: f.unit,
    definition: f.definition,
  }));

export const figureKeys = (): Set<string> => new Set(installedFigures().map((f) => f.key));

export const figureLabels = () => new Map(installedFigures().map((f) => [f.key, f.label]));
