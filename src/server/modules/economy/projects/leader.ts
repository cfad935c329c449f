import type { LeaderLevel, ProjectKindCode } from '../../../../contracts/api/economy-projects';
import { cadreBody, cadrePost } from '../../../../contracts/registry/enums';
import type { Ctx } from '../../../platform/context';
import { AppError, Invalid } from '../../../platform/errors';
import { villageOf } from '../../../platform/scope';
import { cadresServingInYear } from '../../cadres/assessment-roster';
import { getCadre } from '../../cadres/get-cadre';
import { isPartySecretary } from '../../cadres/policy';
import { leaderRefusal } from './policy';

// Who leads a project: for a village, a cadre of that village from the cadres registry (read
// through the cadres module's use cases), the party secretary for a led project; for the county
// and a township, the leader's name and post as typed.

export interface LeaderInput {
  leaderCadreId?: string | null;
  leaderName?: string | null;
  leaderPost?: string | null;
}

export interface Leader {
  leaderCadreId: string | null;
  leaderName: string;
  leaderPost: string | null;
}

type CadreView = Awaited<ReturnType<typeof getCadre>>;

const postsText = (c: CadreView) =>
  c.posts.map((p) => `${cadreBody.labels[p.body].zh}${cadrePost.labels[p.post].zh}`).join('、') || null;

const cadreOrNull = async (ctx: Ctx, id: string): Promise<CadreView | null> => {
  try {
    return await getCadre(ctx, id);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) return null;
    throw e;
  }
};

export const resolveLeader = async (
  ctx: Ctx,
  project: { regionCode: string; kind: ProjectKindCode; level: LeaderLevel },
  input: LeaderInput,
): Promise<Leader> => {
  if (project.level === 'village') {
    const cadre = input.leaderCadreId ? await cadreOrNull(ctx, input.leaderCadreId) : null;
    const refusal = leaderRefusal(project.level, project.kind, {
      cadreInVillage: input.leaderCadreId
        ? !!cadre && villageOf(cadre.regionCode) === project.regionCode
        : null,
      isSecretary: !!cadre && isPartySecretary(cadre.posts),
      name: cadre?.name ?? null,
    });
    if (refusal || !cadre) throw new Invalid(refusal?.message ?? '请选择领办人', refusal ? [refusal] : []);
    return { leaderCadreId: cadre.id, leaderName: cadre.name, leaderPost: postsText(cadre) };
  }
  const name = input.leaderName?.trim() || null;
  const refusal = leaderRefusal(project.level, project.kind, {
    cadreInVillage: null,
    isSecretary: false,
    name,
  });
  if (refusal || !name) throw new Invalid(refusal?.message ?? '请填写领办人姓名', refusal ? [refusal] : []);
  return { leaderCadreId: null, leaderName: name, leaderPost: input.leaderPost?.trim() || null };
};

/** The cadres of a village serving in the year, for the form's picker (secretaries first). */
export const leaderCandidates = async (ctx: Ctx, regionCode: string, year: number) => {
  const roster = await cadresServingInYear(ctx, regionCode, year);
  return {
    items: roster
      .filter((c) => villageOf(c.regionCode) === regionCode)
      .map((c) => ({ cadreId: c.id, name: c.name, post: c.post, isSecretary: c.isSecretary }))
      .sort((a, b) => Number(b.isSecretary) - Number(a.isSecretary) || a.name.localeCompare(b.name, 'zh')),
  };
};
