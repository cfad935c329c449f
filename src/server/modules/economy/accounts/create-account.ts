import type { z } from 'zod';
import type { createAccountBodySchema } from '../../../../contracts/api/economy-accounts';
import { levelOfCode } from '../../../../contracts/region-code';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, invalidField } from '../../../platform/errors';
import { assertInScope, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { economyAccounts } from '../tables';
import { assertMayKeep } from './policy';
import { toDetail } from './view';

// 新建年度台账: one account per village and year (409 when it exists), empty until lines are added.

type Body = z.infer<typeof createAccountBodySchema>;

export const duplicateAccount = (year: number, name: string) =>
  new Conflict(`${name} ${year} 年度的收支台账已存在`, [
    { path: 'year', message: `${name} ${year} 年度的收支台账已存在` },
  ]);

export const createAccount = (ctx: Ctx, body: Body) =>
  inTransaction(ctx, async (tx) => {
    assertInScope(body.regionCode, scopeOf(tx.actor));
    if (levelOfCode(body.regionCode) !== 'village') throw invalidField('regionCode', '请选择一个村');
    const name = (await regionNames(tx.db, [body.regionCode])).get(body.regionCode);
    if (!name) throw invalidField('regionCode', '该村不存在');
    assertMayKeep(tx.actor, body.regionCode);
    const [row] = await tx.db
      .insert(economyAccounts)
      .values({
        id: newId(),
        regionCode: body.regionCode,
        year: body.year,
        note: body.note?.trim() || null,
        updatedBy: tx.actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw duplicateAccount(body.year, name);
    await writeAudit(tx.db, tx, {
      action: 'economy.account.create',
      entity: 'economy_account',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: { year: row.year, note: row.note },
    });
    return toDetail(tx, row);
  });
