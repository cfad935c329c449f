import { can } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import type { HomePending, HomeShortcut } from '../../../platform/modules/manifest';
import { pendingTests } from './my-tests';

// 工作台: 待参加的考试 for the people in a test's audience, and the shortcuts to the study pages.

export const studyHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  if (!can(ctx.actor.role, 'study.take')) return [];
  const tests = await pendingTests(ctx);
  if (tests.length === 0) return [];
  return [
    {
      key: 'study.pending',
      label: { zh: '待参加的考试', en: 'Tests to take' },
      count: tests.length,
      path: '/study',
      entries: tests.slice(0, 3).map((t) => ({
        id: t.id,
        title: t.title,
        detail: `${t.questionCount}题 · 满分${t.maxScore}分`,
        reason: `${t.closesOn} 截止`,
        path: '/study',
      })),
    },
  ];
};

export const studyShortcuts: readonly HomeShortcut[] = [
  {
    key: 'study-mine',
    label: { zh: '我的考试', en: 'My tests' },
    path: '/study',
    permission: 'study.take',
    rank: { party_member: 3 },
  },
  {
    key: 'study-tests',
    label: { zh: '以考促学', en: 'Study by testing' },
    path: '/study-tests',
    permission: 'study.tests',
  },
];
