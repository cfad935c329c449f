import { MODEL_PART_CODES } from '../../../../contracts/api/economy-assets';
import { MODEL_PARTS } from '../defaults';
import type { ModelPart } from '../tables';

// The model of an enterprise or cooperative in words, its parts always in the order of
// "公司 + 基地 + 党支部 + 合作社 + 农户" whatever order they were ticked in.

export const orderedModel = (parts: readonly ModelPart[]): ModelPart[] =>
  MODEL_PART_CODES.filter((p) => parts.includes(p));

export const modelLabel = (parts: readonly ModelPart[]): string =>
  orderedModel(parts)
    .map((p) => MODEL_PARTS[p]?.zh ?? p)
    .join(' + ');
