import { boolean, date, index, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { registryColumns } from '../../platform/db/columns';

// Village cadres (村两委) and reserve cadres (后备干部). A cadre may hold posts in several bodies;
// "one shoulder" (一肩挑) is read from the posts: party secretary and committee director at once.
export const cadres = pgTable(
  'cadres',
  {
    ...registryColumns(),
    personId: uuid('person_id').notNull(),
    // [{ body: 'party', post: 'secretary' }, { body: 'committee', post: 'director' }]
    posts: jsonb('posts').$type<{ body: string; post: string }[]>().notNull().default([]),
    backgrounds: jsonb('backgrounds').$type<string[]>().notNull().default([]),
    isReserve: boolean('is_reserve').notNull().default(false),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [index('cadres_region_idx').on(t.regionCode), index('cadres_person_idx').on(t.personId)],
);

// 驻村工作队 and their members, with sending level and unit; first secretaries are members with that role.
export const workTeams = pgTable(
  'work_teams',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    sendingUnit: text('sending_unit').notNull(),
    sendingLevel: varchar('sending_level', { length: 16 }).notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [index('work_teams_region_idx').on(t.regionCode)],
);

export const workTeamMembers = pgTable(
  'work_team_members',
  {
    ...registryColumns(),
    teamId: uuid('team_id').notNull(),
    name: text('name').notNull(),
    phoneEnc: varchar('phone_enc', { length: 200 }),
    phoneIdx: varchar('phone_idx', { length: 64 }),
    role: varchar('role', { length: 16 }).notNull(),
    sendingUnit: text('sending_unit').notNull(),
    sendingLevel: varchar('sending_level', { length: 16 }).notNull(),
    userId: uuid('user_id'),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [
    index('work_team_members_team_idx').on(t.teamId),
    index('work_team_members_region_idx').on(t.regionCode),
  ],
);
