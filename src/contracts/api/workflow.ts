import { z } from 'zod';

// What the workflow building block (server/platform/workflow) tells a page: the actions the
// caller may take now (render buttons from these, never from a copy of the rules) and the steps
// a record took.

const textSchema = z.object({ zh: z.string(), en: z.string() });

// `result`, `departments` and `target` are asked by some records' actions (an event's result text,
// the departments of a dispatch, the event a duplicate is merged into): sent in the body as named.
export const NEEDS = ['reason', 'rating', 'deadline', 'evidence', 'result', 'departments', 'target'] as const;

export const workflowActionSchema = z.object({
  action: z.string(),
  label: textSchema,
  to: z.string(),
  /** What the action asks for: a reason, a 1–5 rating, a deadline, a photo or document, … */
  needs: z.array(z.enum(NEEDS)),
  /** A need not met yet (no photo uploaded): the button shows why it waits. */
  missing: z.enum(NEEDS).nullable(),
});
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

export const workflowStepSchema = z.object({
  action: z.string(),
  label: textSchema,
  from: z.string().nullable(),
  fromLabel: textSchema.nullable(),
  to: z.string(),
  toLabel: textSchema,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

/** The body of a transition: what its needs ask for. */
export const transitionBodySchema = z.object({
  reason: z.string().trim().max(500, '理由不超过 500 字').optional(),
  rating: z.number().int().min(1).max(5).optional(),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日')
    .optional(),
});
export type TransitionBody = z.infer<typeof transitionBodySchema>;
