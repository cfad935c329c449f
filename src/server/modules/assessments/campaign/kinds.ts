// The record kinds of the campaign part: workflow, history, attachments and audit entity names.

export const ratingKind = 'rating';
export const campaignKind = 'rating_campaign';
export const scoreKind = 'rating_score';
export const objectionKind = 'rating_objection';
export const starsKind = 'village_stars';

/** Web pages the home page and audit link to (src/web/modules/assessments/campaign). */
export const PAGES = {
  campaigns: '/assess-campaigns',
  campaign: (id: string) => `/assess-campaigns/${id}`,
  rating: (id: string) => `/assess-ratings/${id}`,
  myRating: '/assess-self',
  objections: (id: string) => `/assess-campaigns/${id}?tab=objections`,
} as const;
