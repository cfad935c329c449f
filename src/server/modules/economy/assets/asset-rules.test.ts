import { describe, expect, it } from 'vitest';
import { assetStateErrors } from './asset-rules';

const base = { idleSince: null, revivedOn: null, revivedIncomeFen: null };

describe('asset state rules', () => {
  it('asks an idle asset since when it is idle', () => {
    expect(assetStateErrors({ ...base, state: 'idle' }).map((e) => e.path)).toEqual(['idleSince']);
    expect(assetStateErrors({ ...base, state: 'idle', idleSince: '2022-03-01' })).toEqual([]);
    expect(assetStateErrors({ ...base, state: 'in_use' })).toEqual([]);
  });

  it('asks a revived asset its date and yearly income, and refuses revival before idleness', () => {
    expect(assetStateErrors({ ...base, state: 'revived' }).map((e) => e.path)).toEqual([
      'revivedOn',
      'revivedIncomeFen',
    ]);
    expect(
      assetStateErrors({
        state: 'revived',
        idleSince: '2023-01-01',
        revivedOn: '2022-12-31',
        revivedIncomeFen: 0,
      }),
    ).toEqual([{ path: 'revivedOn', message: '盘活日期不能早于闲置起始日期' }]);
    expect(
      assetStateErrors({
        state: 'revived',
        idleSince: null,
        revivedOn: '2024-05-01',
        revivedIncomeFen: 80000_00,
      }),
    ).toEqual([]);
  });
});
