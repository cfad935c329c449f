import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { award, balanceOf, civilRule, h, household, village, withPointsHarness } from './points-test-kit';

// The points ledger as strict as a bank's (issue 6): an append-only ledger corrected by reversing entries.

withPointsHarness();

describe('ledger', () => {
  it('refuses UPDATE and DELETE on the ledger and the stock moves', async () => {
    const home = await household();
    await award(home.id, (await civilRule('只增')).id);
    const { database } = h.services;
    await expect(database.rawQuery('update points_ledger set amount = amount + 1')).rejects.toThrow(
      /append-only/,
    );
    await expect(database.rawQuery('delete from points_ledger')).rejects.toThrow(/append-only/);
    await expect(database.rawQuery('delete from points_stock_moves')).rejects.toThrow(/append-only/);
  });

  it('corrects an entry with a reversing entry, once', async () => {
    const home = await household();
    const approved = await award(home.id, (await civilRule('冲正')).id);
    const ledger = await ok(village.get(`/api/points/accounts/${approved.accountId}/ledger`));
    const entry = ledger.items[0];
    const reversal = await ok(
      village.post(`/api/points/ledger/${entry.id}/reverse`, { reason: '重复申报' }),
      201,
    );
    expect(reversal).toMatchObject({ amount: -10, kind: 'reversal', reversesId: entry.id, balanceAfter: 0 });
    const twice = await village.post(`/api/points/ledger/${entry.id}/reverse`, { reason: '重复申报' });
    expect(twice.statusCode).toBe(409);
    const after = await ok(village.get(`/api/points/accounts/${approved.accountId}/ledger`));
    expect(after.items.find((e: { id: string }) => e.id === entry.id).reversedBy).toBe(reversal.id);
    expect(await balanceOf(approved.accountId)).toBe(0);
  });
});
