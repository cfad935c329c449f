import { useTranslation } from 'react-i18next';

/** A coded field of the registries (contracts/registry/enums.ts): its values and zh/en labels. */
export type CodedTable = { values: readonly string[]; labels: Record<string, { zh: string; en: string }> };

/** Options and labels of a coded field in the current language. */
export const useCoded = () => {
  const { i18n } = useTranslation();
  const key = i18n.language === 'en' ? 'en' : 'zh';
  return {
    label: (table: CodedTable, value: string | null | undefined) =>
      value ? (table.labels[value]?.[key] ?? value) : '',
    options: (table: CodedTable) => table.values.map((v) => ({ value: v, label: table.labels[v][key] })),
  };
};
