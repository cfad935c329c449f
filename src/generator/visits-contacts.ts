import { CONTACT_ACTIONS, CONTACT_KINDS, TEN_STEPS } from '../server/modules/visits/defaults';
import type {
  leaderContactLogs,
  leaderContacts,
  secretaryTours,
  tenStepProgress,
} from '../server/modules/visits/tables';
import type { Rng } from './random';
import {
  CONTACT_NOTES,
  CONTACT_TARGETS,
  LEADER_GIVEN,
  LEADER_SURNAMES,
  LEADER_TITLES,
  TOUR_THEMES,
} from './visits-texts';

// Leaders' contact duties over the year before `today`: each county leader's eleven contacts
// (十联, one township and one village of the county, the rest named after a township) with their
// logged contacts (六常); every stationed cadre's ten steps, done up to a point; quarterly
// secretaries' tours of the county and of some townships, with the villages they saw.

export interface ContactRows {
  contacts: (typeof leaderContacts.$inferInsert)[];
  logs: (typeof leaderContactLogs.$inferInsert)[];
  tenSteps: (typeof tenStepProgress.$inferInsert)[];
  tours: (typeof secretaryTours.$inferInsert)[];
}

export interface Place {
  code: string;
  name: string;
}

const DAY = 86_400_000;
const day = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
const at = (d: string) => new Date(Date.parse(`${d}T09:00:00+08:00`));

export const planContacts = (
  rng: Rng,
  uuid: () => string,
  o: {
    today: number;
    county: string;
    townships: Place[];
    villagesOf: Map<string, Place[]>;
    stationed: { name: string; userId: string | null; regionCode: string; startedOn: string | null }[];
  },
): ContactRows => {
  const rows: ContactRows = { contacts: [], logs: [], tenSteps: [], tours: [] };
  const yearAgo = o.today - 365 * DAY;
  if (o.townships.length === 0) return rows;
  const names = new Set<string>();
  LEADER_TITLES.forEach((title, i) => {
    let name = '';
    while (!name || names.has(name))
      name = `${LEADER_SURNAMES[(i * 5 + rng.int(0, 3)) % LEADER_SURNAMES.length]}${rng.pick(LEADER_GIVEN)}`;
    names.add(name);
    const township = rng.pick(o.townships);
    const villages = o.villagesOf.get(township.code) ?? [];
    const village = villages.length ? rng.pick(villages) : null;
    for (const kind of CONTACT_KINDS) {
      const place = kind.code === 'township' ? township : kind.code === 'village' ? village : null;
      if (kind.code === 'village' && !village) continue;
      const id = uuid();
      const started = day(yearAgo + rng.int(0, 30) * DAY);
      rows.contacts.push({
        id,
        regionCode: o.county,
        leaderName: name,
        leaderTitle: title,
        kind: kind.code,
        targetName: place?.name ?? CONTACT_TARGETS[kind.code](rng.pick(o.townships).name),
        targetRegionCode: place?.code ?? null,
        note: null,
        createdAt: at(started),
        updatedAt: at(started),
      });
      const days = Array.from({ length: rng.int(1, 6) }, () => day(yearAgo + rng.int(31, 364) * DAY)).sort();
      for (const d of days) {
        const action = rng.pick(CONTACT_ACTIONS).code;
        rows.logs.push({
          id: uuid(),
          regionCode: o.county,
          contactId: id,
          action,
          happenedOn: d,
          note: rng.pick(CONTACT_NOTES[action]),
          createdAt: at(d),
          updatedAt: at(d),
        });
      }
    }
  });
  const stepsTaken = new Set<string>();
  for (const s of o.stationed) {
    if (stepsTaken.has(`${s.regionCode}:${s.name}`)) continue;
    stepsTaken.add(`${s.regionCode}:${s.name}`);
    const from = Math.max(s.startedOn ? Date.parse(s.startedOn) : yearAgo, o.today - 700 * DAY);
    const done = rng.int(1, TEN_STEPS.length);
    let t = from;
    for (const step of TEN_STEPS.slice(0, done)) {
      t = Math.min(t + rng.int(5, 60) * DAY, o.today - DAY);
      rows.tenSteps.push({
        id: uuid(),
        regionCode: s.regionCode,
        cadreName: s.name,
        cadreUserId: s.userId,
        step: step.code,
        doneOn: day(t),
        note: null,
        createdAt: at(day(t)),
        updatedAt: at(day(t)),
      });
    }
  }
  for (let q = 4; q >= 1; q--) {
    const held = o.today - q * 91 * DAY + rng.int(10, 60) * DAY;
    const date = new Date(held + 8 * 3_600_000);
    const organisers = [
      { code: o.county, villages: [...o.villagesOf.values()].flat() },
      ...o.townships
        .filter(() => rng.chance(0.3))
        .map((t) => ({ code: t.code, villages: o.villagesOf.get(t.code) ?? [] })),
    ];
    for (const org of organisers) {
      if (org.villages.length === 0) continue;
      const places = Array.from({ length: rng.int(2, 4) }, () => rng.pick(org.villages));
      rows.tours.push({
        id: uuid(),
        regionCode: org.code,
        year: date.getUTCFullYear(),
        quarter: Math.floor(date.getUTCMonth() / 3) + 1,
        theme: rng.pick(TOUR_THEMES),
        heldOn: day(held),
        places: [...new Map(places.map((p) => [p.code, p])).values()].map((p) => ({
          regionCode: p.code,
          name: p.name,
          note: rng.pick(['观摩产业基地', '交流集体经济做法', '查看人居环境整治', '学习网格化管理']),
        })),
        participants: `${org.code === o.county ? '全县' : '全镇'}村党组织书记 ${rng.int(12, 60)} 人`,
        notes: '现场观摩、交流发言、点评打分',
        createdAt: at(day(held)),
        updatedAt: at(day(held)),
      });
    }
  }
  return rows;
};
