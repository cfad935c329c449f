import { labelsOf } from './cells';

// A coded field as county lists spell it: its Chinese labels, its codes, and the usual other
// names (自治区 for 省级 …), read alike whatever the brackets' width or the spaces.

type Coded = { values: readonly string[]; labels: Record<string, { zh: string }> };

/** 第一书记（队长） and 第一书记(队长), with or without spaces, are one spelling. */
export const normalizeName = (text: string) =>
  text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

export interface Vocabulary<C extends string> {
  /** Label, code or synonym → code; undefined when it is none of them. */
  parse(text: string): C | undefined;
  /** The labels, as the template's drop-down offers them. */
  labels: string[];
  /** "派出层级“区级”无法识别，可填：省级、市级、县级、乡镇级" */
  refusal(field: string, text: string): string;
}

export const vocabulary = <C extends string>(
  coded: Coded & { values: readonly C[] },
  synonyms: Record<string, C> = {},
  note = '',
): Vocabulary<C> => {
  const map = new Map<string, C>();
  for (const v of coded.values) {
    map.set(normalizeName(coded.labels[v].zh), v);
    map.set(v, v);
  }
  for (const [name, v] of Object.entries(synonyms)) map.set(normalizeName(name), v);
  const labels = labelsOf(coded);
  return {
    parse: (text) => map.get(normalizeName(text)),
    labels,
    refusal: (field, text) => `${field}“${text}”无法识别，可填：${labels.join('、')}${note}`,
  };
};
