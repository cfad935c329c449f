import type { RatingSheet } from '../../../../contracts/api/assess-campaign';

export type Missing = { code: string; what: 'missingValue' | 'missingPhoto' };

/**
 * What still keeps a sheet from being submitted, as the server's submit checks it: a value for
 * every indicator not filled from records, and evidence (a photo or a link) where it is asked.
 */
export const missingOf = (sheet: Pick<RatingSheet, 'scores'>): Missing[] =>
  sheet.scores.flatMap((s): Missing[] => {
    if (s.source) return [];
    if (s.selfValue == null) return [{ code: s.code, what: 'missingValue' }];
    if (s.evidenceRequired && s.attachments + s.links.length === 0)
      return [{ code: s.code, what: 'missingPhoto' }];
    return [];
  });
