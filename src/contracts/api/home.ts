import { z } from 'zod';

// 工作台 (issue 10, item 5): what waits on the caller and the common jobs of the caller's role,
// gathered from the installed modules' manifests.

export const textSchema = z.object({ zh: z.string(), en: z.string() });
export type Text = z.infer<typeof textSchema>;

/** One waiting record shown under a pending item (a returned claim with its reason). */
export const homeEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string().nullish(),
  /** Why it waits on this user: the reason a claim was returned, a deadline. */
  reason: z.string().nullish(),
  /** The web page that opens it. */
  path: z.string(),
  at: z.string().nullish(),
});
export type HomeEntry = z.infer<typeof homeEntrySchema>;

/** Work waiting for the caller: claims to review, claims returned to their proposer … */
export const homePendingSchema = z.object({
  key: z.string(),
  label: textSchema,
  count: z.number().int(),
  /** The page the item opens; the menu entry with this path gets the count as a badge. */
  path: z.string(),
  /** A few of the records themselves, when seeing them saves a tap. */
  entries: z.array(homeEntrySchema).optional(),
});
export type HomePending = z.infer<typeof homePendingSchema>;

/** A common job as a large button, in the order of the caller's role. */
export const homeShortcutSchema = z.object({
  key: z.string(),
  label: textSchema,
  path: z.string(),
});

export const homeSchema = z.object({
  pending: z.array(homePendingSchema),
  shortcuts: z.array(homeShortcutSchema),
});
export type Home = z.infer<typeof homeSchema>;
