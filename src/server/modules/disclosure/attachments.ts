import { can } from '../../../contracts/roles';
import type { AttachableKind } from '../../platform/attachments/kinds';
import type { Ctx } from '../../platform/context';
import { Conflict, Forbidden, NotFound } from '../../platform/errors';
import { DISCLOSURE_KIND } from './kinds';
import { isOpen, mayDraft } from './policy';
import { disclosureItems } from './tables';
import type { ItemRowDb } from './workflow';

// 附件 of a disclosure (photos of the notice, PDFs of the accounts): seen by staff who see the item
// and, once published, by anyone on the public page; added and removed by the village while the
// item is a draft or returned. Published files never change: a correction carries its own.

const assertMayChange = (ctx: Ctx, item: ItemRowDb) => {
  if (!mayDraft(ctx.actor)) throw new Forbidden('只有村党组织书记和村干部可以上传公开事项的附件');
  if (!isOpen(item.status)) throw new Conflict('已提交或已公开的事项不能再改附件；请用「更正」');
};

export const itemAttachments: AttachableKind<ItemRowDb> = {
  kind: DISCLOSURE_KIND,
  label: { zh: '公开事项', en: 'disclosure' },
  table: disclosureItems,
  accept: ['image', 'document'],
  maxFiles: 9,
  assertMayRead: (ctx, item) => {
    if (!can(ctx.actor.role, 'disclosure.read') || item.deletedAt) throw new NotFound();
  },
  assertMayAdd: assertMayChange,
  assertMayRemove: assertMayChange,
};
