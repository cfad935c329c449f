import { RISK_TYPE_CODES } from '../../../../contracts/api/visits-clues';
import type { Actor } from '../../../platform/context';
import { DATA_DEPARTMENTS, RISK_TYPES } from '../defaults';

// 发现渠道: who may use which channel. Pure; policy.test.ts. The scope (platform/scope.ts) decides
// which households a caller reaches; these decide which roles take part at all.

type Who = Pick<Actor, 'role' | 'department'>;

/** 农户自主申报: villagers and party members, for their own household. */
export const mayRequest = (a: Pick<Actor, 'role'>): boolean =>
  a.role === 'villager' || a.role === 'party_member';

const SCREENERS = new Set(['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker']);
/** 基层排查: grid workers, village cadres, stationed cadres, township and county (not departments). */
export const mayScreen = (a: Pick<Actor, 'role'>): boolean => SCREENERS.has(a.role);

const IMPORTERS = new Set(['county_admin', 'township', 'department']);
/** 部门筛查预警: a department imports its list; the county and townships may import one for it. */
export const mayImportDepartmentList = (a: Pick<Actor, 'role'>): boolean => IMPORTERS.has(a.role);

/**
 * The data department a department account stands for (民政 → civil_affairs …), when its
 * department is one of DATA_DEPARTMENTS: such an account imports rows of its own department only.
 */
export const ownDataDepartment = (a: Who): string | null =>
  a.role === 'department' && a.department && DATA_DEPARTMENTS.some((d) => d.code === a.department)
    ? a.department
    : null;

/** The Chinese name of a risk type code ('其他' for an unknown one). */
export const riskName = (code: string | null | undefined): string =>
  RISK_TYPES.find((r) => r.code === code)?.name.zh ?? '其他';

/** The contract's list of risk codes is the catalogue's. */
export const riskCodesMatch = (): boolean =>
  RISK_TYPES.length === RISK_TYPE_CODES.length && RISK_TYPES.every((r, i) => r.code === RISK_TYPE_CODES[i]);
