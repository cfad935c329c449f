import { sql } from 'drizzle-orm';
import type { SettingsBody } from '../../../../contracts/api/economy-plans';
import { levelOfCode } from '../../../../contracts/region-code';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, Invalid } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { economySettings } from '../tables';
import { getSettings } from './get-settings';
import { bandProblems, mayEditSettings } from './policy';

// The county changes its bands (ascending least amounts from 0, unique codes) and their basis.

export const putSettings = (ctx: Ctx, body: SettingsBody) =>
  inTransaction(ctx, async (tx) => {
    const county = countyCodeOf(ctx.actor.scopeCode);
    if (!mayEditSettings(ctx.actor) || levelOfCode(ctx.actor.scopeCode) !== 'county')
      throw new Forbidden('档次与计算口径由县委组织部设置');
    const problems = bandProblems(body.bands);
    if (problems.length) throw new Invalid(problems[0].message, problems);
    const before = await getSettings(tx, county);
    const bands = body.bands.map((b) => ({ code: b.code, label: b.label, minFen: b.minFen }));
    await tx.db
      .insert(economySettings)
      .values({ regionCode: county, basis: body.basis, bands, updatedBy: ctx.actor.userId })
      .onConflictDoUpdate({
        target: economySettings.regionCode,
        set: { basis: body.basis, bands, updatedBy: ctx.actor.userId, updatedAt: sql`now()` },
      });
    await writeAudit(tx.db, tx, {
      action: 'economy.settings.update',
      entity: 'economy_settings',
      entityId: county,
      regionCode: county,
      diff: auditDiff({ basis: before.basis, bands: before.bands }, { basis: body.basis, bands }),
    });
    return getSettings(tx, county);
  });
