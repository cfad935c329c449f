import { useTranslation } from 'react-i18next';

type CodedTable = { values: readonly string[]; labels: Record<string, { zh: string; en: string }> };

/** Options and labels of a coded field (enums.ts) in the current language. */
export const useCoded = () => {
  const { i18n } = useTranslation();
  const key = i18n.language === 'en' ? 'en' : 'zh';
  return {
    label: (table: CodedTable, value: string | null | undefined) =>
      value ? (table.labels[value]?.[key] ?? value) : '',
    options: (table: CodedTable) => table.values.map((v) => ({ value: v, label: table.labels[v][key] })),
  };
};
