import type { ImportSheetSpec } from './spec';
import type { SheetColumn } from './stream';

type Value<T> = (row: T) => string | number | null;

/**
 * An export's columns built from the registry's import sheet: the same headers in the same order
 * (what the import reads), each with its value, then read-only columns the import ignores
 * (性别, 出生日期, 一肩挑 …). An export that writes every import column cannot drift from it.
 */
export const exportColumns = <T>(
  spec: ImportSheetSpec,
  values: Record<string, Value<T>>,
  extra: SheetColumn<T>[] = [],
): SheetColumn<T>[] => [
  ...spec.columns.map((c) => {
    const value = values[c.key];
    if (!value) throw new Error(`export of ${spec.name} has no value for ${c.key}`);
    return { header: c.header, key: c.key, width: c.width, value };
  }),
  ...extra,
];
