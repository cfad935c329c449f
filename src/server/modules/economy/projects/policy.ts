import type {
  LeaderLevel,
  ProjectKindCode,
  ProjectStatusCode,
} from '../../../../contracts/api/economy-projects';
import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';

// Who may do what with a led project (书记领办项目) or 我为群众办实事, as pure functions. Scope is
// checked where the record is loaded (platform/scope.ts); these decide the rest.

export const CLOSED_REFUSAL = '已办结销号的项目不能修改';

/** The level of the secretary leading a project of this region; null for any other level. */
export const leaderLevelOf = (regionCode: string): LeaderLevel | null => {
  const level = levelOfCode(regionCode);
  return level === 'county' || level === 'township' || level === 'village' ? level : null;
};

/** A project changes (fields, milestones, evaluations, photos) until it is closed. */
export const isOpen = (status: ProjectStatusCode): boolean => status !== 'closed';

/** Enter, edit and commit projects, record milestones: the leaders' side (村书记、驻村干部、乡镇、县). */
export const mayManage = (actor: Pick<Actor, 'role'>): boolean => can(actor.role, 'economy.projects');

/** Evaluate on site and close (办结销号): county and township. */
export const mayEvaluate = (actor: Pick<Actor, 'role'>): boolean => can(actor.role, 'economy.evaluate');

export const mayEdit = (actor: Pick<Actor, 'role'>, p: { status: ProjectStatusCode }): boolean =>
  mayManage(actor) && isOpen(p.status);

/** Only a draft may be deleted: a committed project is on the public page. */
export const mayDelete = (actor: Pick<Actor, 'role'>, p: { status: ProjectStatusCode }): boolean =>
  mayManage(actor) && p.status === 'draft';

/** Evaluations are added once the commitment is public, until closure. */
export const mayAddEvaluation = (actor: Pick<Actor, 'role'>, p: { status: ProjectStatusCode }): boolean =>
  mayEvaluate(actor) && (p.status === 'committed' || p.status === 'evaluated');

/** The project's score: the evaluators' mean, rounded; null without evaluations. */
export const meanScore = (scores: readonly number[]): number | null =>
  scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);

/** Why a leader cannot lead this project, or null. A village project needs a cadre of the village. */
export const leaderRefusal = (
  level: LeaderLevel,
  kind: ProjectKindCode,
  leader: { cadreInVillage: boolean | null; isSecretary: boolean; name: string | null },
): { path: string; message: string } | null => {
  if (level === 'village') {
    if (leader.cadreInVillage === null)
      return { path: 'leaderCadreId', message: '请从本村干部名册中选择领办人' };
    if (!leader.cadreInVillage) return { path: 'leaderCadreId', message: '所选干部不在本村干部名册中' };
    if (kind === 'led' && !leader.isSecretary)
      return {
        path: 'leaderCadreId',
        message: '书记领办项目须由村党组织书记领办，所选干部不是村党组织书记',
      };
    return null;
  }
  if (!leader.name) return { path: 'leaderName', message: '请填写领办人姓名' };
  return null;
};

/** Why a project cannot be closed (办结销号), or null: income stated, milestones done or a note. */
export const closeRefusal = (
  milestones: { total: number; done: number },
  input: { incomeFen?: number | null; note?: string | null },
): { path: string; message: string } | null => {
  if (input.incomeFen == null) return { path: 'incomeFen', message: '请填写项目带来的集体收入（可填 0）' };
  if (milestones.done < milestones.total && !input.note?.trim())
    return {
      path: 'note',
      message: `还有 ${milestones.total - milestones.done} 个进度节点未完成，请写明办结说明`,
    };
  return null;
};

/** Evaluated (现场考评) needs at least one evaluator's score. */
export const evaluateRefusal = (evaluations: number): string | null =>
  evaluations === 0 ? '请先录入至少一位考评人的评分和意见' : null;
