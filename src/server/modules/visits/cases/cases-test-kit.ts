import { expect } from 'vitest';
import type { Session } from '../../../../testing/factories';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import { chinaDay } from '../../events/calendar';
import { county, newHousehold, regions, township, village } from '../visits-test-kit';

// What the cases tests share: a household of the own village, a case started on it, and the case
// driven through the five steps to monitoring by the levels that own them.

export const act = async (s: Session, caseId: string, action: string, body: Record<string, unknown> = {}) => {
  const res = await s.post(`/api/monitoring/cases/${caseId}/actions/${action}`, body);
  expect(res.statusCode, `${action}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
};

export const daysAgo = (n: number) => chinaDay(new Date(Date.now() - n * 86_400_000));

export const startOn = async (
  householdId: string,
  body: Record<string, unknown> = {},
  s: Session = village,
) => {
  const res = await s.post('/api/monitoring/cases', { householdId, riskTypes: ['illness'], ...body });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
  return res.json();
};

export const consentPhoto = async (s: Session, caseId: string) => {
  const res = await uploadAttachments(s, 'monitoring_case', caseId, [
    { name: '承诺授权书.jpg', type: 'image/jpeg', bytes: await testPhoto() },
  ]);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
};

/** Steps 1–4: to the county's approval, with a notice that ended yesterday. */
export const toApproval = async (caseId: string) => {
  await consentPhoto(village, caseId);
  await act(village, caseId, 'confirm_visit', { visitedOn: daysAgo(0) });
  await act(county, caseId, 'compare', { compareResult: '财政、公安、市场监管、住建、社保数据比对无异常' });
  await act(village, caseId, 'set_notice', { noticeFrom: daysAgo(7), noticeTo: daysAgo(1) });
  await act(village, caseId, 'finish_appraisal');
  return act(township, caseId, 'township_approve');
};

export const APPROVAL = {
  objectType: 'marginal',
  riskTypes: ['illness'],
  helperName: '黄帮扶',
  measures: [{ kind: 'health', description: '落实医疗救助和家庭医生签约', startedOn: daysAgo(0) }],
};

/** A new household of the own village, identified and monitored. */
export const monitoredCase = async (
  approval: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => {
  const household = await newHousehold(regions.ownVillage.code, extra);
  const started = await startOn(household.id);
  await toApproval(started.id);
  const detail = await act(county, started.id, 'approve', { ...APPROVAL, ...approval });
  return { household, caseId: started.id as string, detail };
};
