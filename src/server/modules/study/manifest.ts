import { defineModule } from '../../platform/modules/manifest';
import { bankRoutes } from './bank/routes';
import { examRoutes } from './exams/routes';
import { studyFigures } from './scores/figures';
import { scoreRoutes } from './scores/routes';
import * as tables from './tables';
import { studyHomePending, studyShortcuts } from './take/home';
import { takeRoutes } from './take/routes';

// 以考促学 (docs/study.md): the county's question bank (form and Excel import), tests for cadres and
// party members, taken on the phone and graded on the server, and scores per person and branch.

const t = (zh: string, en: string) => ({ zh, en });

export const studyModule = defineModule({
  name: 'study',
  label: t('以考促学', 'Study by testing'),
  routes: [bankRoutes, examRoutes, takeRoutes, scoreRoutes],
  tables,
  permissions: ['study.bank', 'study.tests', 'study.scores', 'study.take'],
  home: { pending: studyHomePending, shortcuts: studyShortcuts },
  figures: studyFigures,
  audit: {
    entities: {
      study_question: t('题库题目', 'Bank question'),
      study_test: t('考试', 'Test'),
      study_attempt: t('答卷', 'Test attempt'),
    },
    actions: {
      'study.question.create': t('新增题目', 'Add a question'),
      'study.question.update': t('修改题目', 'Edit a question'),
      'study.question.retire': t('停用题目', 'Retire a question'),
      'study.questions.import': t('导入题库', 'Import questions'),
      'study.test.create': t('新建考试', 'Create a test'),
      'study.test.update': t('修改考试', 'Edit a test'),
      'study.test.publish': t('发布考试', 'Publish a test'),
      'study.test.close': t('结束考试', 'Close a test'),
      'study.attempt.start': t('开始答题', 'Start a test'),
      'study.answer.save': t('保存答案', 'Save an answer'),
      'study.attempt.submit': t('交卷', 'Hand in a test'),
      'study.scores.export': t('导出考试成绩', 'Export test scores'),
    },
  },
});
