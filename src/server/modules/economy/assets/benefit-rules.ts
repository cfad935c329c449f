import type { FieldError } from '../../../platform/errors';
import type { BenefitKind } from '../tables';

// What a benefit says (利益联结): a dividend is an amount paid, a job names how many people of the
// household got work (their wages may be given as the amount).

export const benefitErrors = (b: { kind: BenefitKind; amountFen: number; jobs: number }): FieldError[] => {
  if (b.kind === 'dividend' && b.amountFen <= 0) return [{ path: 'amountFen', message: '分红请填写金额' }];
  if (b.kind === 'job' && b.jobs < 1) return [{ path: 'jobs', message: '就业请填写就业人数' }];
  if (b.kind === 'other' && b.amountFen <= 0 && b.jobs < 1)
    return [{ path: 'amountFen', message: '请填写受益金额或就业人数' }];
  return [];
};
