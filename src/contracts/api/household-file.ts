import { z } from 'zod';
import { householdFlagsSchema } from './assess-flags';
import { householdEconomyBenefitsSchema } from './economy-assets';
import { householdEventsSchema } from './events-queue';
import { householdProfileSchema } from './households';
import { ledgerEntrySchema } from './points';
import { householdVisitsSchema } from './visits';

// 一户一档 (issue 4, item 7): one page for one household. The households module gives the
// household, members, grids, helper and moves; the members module the party members who contact
// the household and its own party members; the points module its civilization points. Visits and
// events are slots their modules will fill.

export const householdPartySchema = z.object({
  /** 党员联系农户: the members who contact this household. */
  contactMembers: z.array(
    z.object({
      contactId: z.string(),
      memberId: z.string(),
      name: z.string(),
      branchName: z.string().nullable(),
      since: z.string().nullable(),
    }),
  ),
  /** The household's own party members; `plaque` is 党员户挂牌. */
  partyMembers: z.array(
    z.object({
      memberId: z.string(),
      personId: z.string(),
      name: z.string(),
      branchName: z.string().nullable(),
      status: z.string(),
      plaque: z.boolean(),
    }),
  ),
});
export type HouseholdParty = z.infer<typeof householdPartySchema>;

/** 文明积分: balance, this year's total and the latest entries; `accountId` null before any entry. */
export const householdPointsSchema = z.object({
  accountId: z.string().nullable(),
  balance: z.number().int(),
  yearTotal: z.number().int(),
  frozenUntil: z.string().nullable(),
  recent: z.array(ledgerEntrySchema),
});
export type HouseholdPoints = z.infer<typeof householdPointsSchema>;

export const householdFileSchema = householdProfileSchema.extend({
  ...householdPartySchema.shape,
  /** Null for roles that do not read points. */
  points: householdPointsSchema.nullable(),
  /** 十问十清 visits, newest first; null for roles that do not read visits. */
  visits: householdVisitsSchema.nullable(),
  /** 网格事件 of the household, newest first; null for roles that do not read events. */
  events: householdEventsSchema.nullable(),
  /** 红旗户 (争创五旗): the household's nominations and awards; null for roles that do not read assessments. */
  flags: householdFlagsSchema.nullable(),
  /** 利益联结 (集体经济): dividends and jobs the household got, newest year first; null for roles that do not read the economy. */
  economyBenefits: householdEconomyBenefitsSchema.nullable(),
});
export type HouseholdFile = z.infer<typeof householdFileSchema>;
