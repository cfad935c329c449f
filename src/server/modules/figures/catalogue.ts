import type { FigureCatalogue } from '../../../contracts/api/figures';
import { installedModules } from '../../platform/modules/registry';

// 指标目录: every figure of the installed modules, in the modules' order, with its definition.

export const figureCatalogue = (): FigureCatalogue => ({
  items: installedModules().flatMap((m) =>
    (m.figures ?? []).map((f) => ({
      key: f.key,
      module: m.name,
      moduleLabel: m.label,
      label: f.label,
      definition: f.definition,
      unit: f.unit,
      byQuarter: f.byQuarter === true && f.perYear !== false,
    })),
  ),
});
