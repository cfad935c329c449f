import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Spin, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { studyApi, useStudyMutation, useTest } from './api';
import { BranchScores, PersonScores } from './ScoresTables';

// One test: its settings, publish or close (its owner only, with a confirmation), the people's
// scores and the branch figures of the caller's area, and their export.

export default function TestPage() {
  const { t } = useTranslation();
  const { testId = '' } = useParams();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const test = useTest(testId);
  const publish = useStudyMutation(() => studyApi.publish(testId));
  const close = useStudyMutation(() => studyApi.close(testId));
  const done = (text: string) => ({
    onSuccess: () => void message.success(text),
    onError: (e: unknown) => void message.error(errorText(e)),
  });
  if (test.isLoading) return <Spin />;
  if (!test.data) return <Typography.Text type="danger">{errorText(test.error)}</Typography.Text>;
  const d = test.data;
  const scores = can(me.role, 'study.scores') && d.status !== 'draft';
  const draw = [
    d.questionIds.length ? t('study.test.fixed', { count: d.questionIds.length }) : null,
    ...d.picks.map((p) => t('study.test.picked', { category: p.category, count: p.count })),
  ].filter(Boolean);
  return (
    <Flex vertical gap={12}>
      <Link to="/study-tests">
        <ArrowLeftOutlined /> {t('study.test.back')}
      </Link>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {d.title}
        </Typography.Title>
        <Tag>{t(`study.tests.status.${d.status}`)}</Tag>
      </Flex>
      <Flex gap={8} wrap>
        {d.manageable && d.status === 'draft' && (
          <Popconfirm
            title={t('study.test.publishConfirm')}
            onConfirm={() => publish.mutate(undefined, done(t('study.test.published')))}
          >
            <Button type="primary" data-testid="test-publish">
              {t('study.test.publish')}
            </Button>
          </Popconfirm>
        )}
        {d.manageable && d.status === 'published' && (
          <Popconfirm
            title={t('study.test.closeConfirm')}
            onConfirm={() => close.mutate(undefined, done(t('study.test.closed')))}
          >
            <Button danger>{t('study.test.close')}</Button>
          </Popconfirm>
        )}
        {scores && (
          <Button icon={<DownloadOutlined />} href={studyApi.exportUrl(testId)} data-testid="scores-export">
            {t('study.test.export')}
          </Button>
        )}
      </Flex>
      <Card size="small" title={t('study.test.settings')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'owner', label: t('study.tests.owner'), children: d.regionName },
            {
              key: 'audience',
              label: t('study.tests.audience'),
              children: [t(`study.tests.audiences.${d.audience}`), d.audienceRegionName, d.audienceOrgName]
                .filter(Boolean)
                .join(' · '),
            },
            { key: 'window', label: t('study.tests.window'), children: `${d.opensOn} ~ ${d.closesOn}` },
            { key: 'questions', label: t('study.tests.questions'), children: draw.join('；') },
            { key: 'score', label: t('study.tests.passMark'), children: `${d.passMark}/${d.maxScore}` },
            {
              key: 'rules',
              label: t('study.form.attemptsAllowed'),
              children: [
                t('study.test.attempts', { count: d.attemptsAllowed }),
                d.timeLimitMinutes
                  ? t('study.test.timeLimit', { count: d.timeLimitMinutes })
                  : t('study.test.noLimit'),
              ].join(' · '),
            },
          ]}
        />
      </Card>
      {scores && (
        <Tabs
          items={[
            { key: 'branches', label: t('study.test.branches'), children: <BranchScores testId={testId} /> },
            { key: 'scores', label: t('study.test.scores'), children: <PersonScores testId={testId} /> },
          ]}
        />
      )}
    </Flex>
  );
}
