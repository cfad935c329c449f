/**
 * One CSV line for COPY … WITH (FORMAT csv): null is an empty unquoted field (SQL NULL), every
 * other value is quoted, so empty strings, commas, quotes and newlines survive.
 */
export const csvLine = (values: readonly (string | number | boolean | null | undefined)[]): string => {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    const v = values[i];
    if (v === null || v === undefined) continue;
    line += `"${String(v).replaceAll('"', '""')}"`;
  }
  return `${line}\n`;
};
