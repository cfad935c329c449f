import type { FlagKindView } from '../../../../contracts/api/assess-flags';
import type { flagKinds } from '../tables';

export type FlagKindRow = typeof flagKinds.$inferSelect;

export const kindView = (k: FlagKindRow): FlagKindView => ({
  id: k.id,
  code: k.code,
  name: k.name,
  level: k.level,
  description: k.description,
  active: k.active,
  sort: k.sort,
});
