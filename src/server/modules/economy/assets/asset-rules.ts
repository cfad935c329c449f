import type { AssetStateName } from '../../../../contracts/api/economy-assets';
import type { FieldError } from '../../../platform/errors';

// What an asset's state asks for (闲置资产盘活台账): an idle asset says since when, a revived one
// when it was revived and what it now brings a year; revival cannot come before idleness.

export interface AssetStateFields {
  state: AssetStateName;
  idleSince: string | null;
  revivedOn: string | null;
  revivedIncomeFen: number | null;
}

export const assetStateErrors = (a: AssetStateFields): FieldError[] => {
  const errors: FieldError[] = [];
  if ((a.state === 'idle' || a.state === 'reviving') && !a.idleSince)
    errors.push({ path: 'idleSince', message: '闲置资产请填写闲置起始日期' });
  if (a.state === 'revived') {
    if (!a.revivedOn) errors.push({ path: 'revivedOn', message: '已盘活资产请填写盘活日期' });
    if (a.revivedIncomeFen == null)
      errors.push({ path: 'revivedIncomeFen', message: '已盘活资产请填写盘活后年收益' });
  }
  if (a.idleSince && a.revivedOn && a.revivedOn < a.idleSince)
    errors.push({ path: 'revivedOn', message: '盘活日期不能早于闲置起始日期' });
  return errors;
};
