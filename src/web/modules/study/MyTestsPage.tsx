import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../../app/errors';
import { type MyTest, studyApi, useMyTests } from './api';

// 我的考试 on the phone: the tests open to the person, with what is left to do in one large
// button (start, continue, take again), and the last result with its explanations.

const big = { minHeight: 48, fontSize: 16 } as const;

export default function MyTestsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const tests = useMyTests();
  const start = useMutation({
    mutationFn: (testId: string) => studyApi.start(testId),
    onSuccess: (attempt) => navigate(`/study/attempts/${attempt.id}`),
    onError: (e) => message.error(errorText(e)),
  });
  const action = (x: MyTest) =>
    x.openAttemptId
      ? t('study.mine.continue')
      : x.attemptsUsed
        ? t('study.mine.again')
        : t('study.mine.start');
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('study.mine.title')}
      </Typography.Title>
      {tests.isLoading && <Spin />}
      {tests.data && tests.data.items.length === 0 && <Empty description={t('study.mine.empty')} />}
      {tests.data?.items.map((x) => (
        <Card key={x.id} size="small" data-testid="my-test">
          <Flex vertical gap={8}>
            <Typography.Text strong style={{ fontSize: 17 }}>
              {x.title}
            </Typography.Text>
            {x.description && <Typography.Text>{x.description}</Typography.Text>}
            <Typography.Text type="secondary">
              {t('study.mine.size', { count: x.questionCount, max: x.maxScore, pass: x.passMark })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('study.mine.closes', { date: x.closesOn })} ·{' '}
              {t('study.mine.attempts', { used: x.attemptsUsed, allowed: x.attemptsAllowed })}
            </Typography.Text>
            {x.bestScore !== null && (
              <Flex gap={8} align="center">
                <Typography.Text>{t('study.mine.best', { score: x.bestScore })}</Typography.Text>
                <Tag color={x.passed ? 'green' : 'red'}>
                  {x.passed ? t('study.take.passed') : t('study.take.failed')}
                </Tag>
              </Flex>
            )}
            {x.canTake && (
              <Button
                type="primary"
                block
                style={big}
                loading={start.isPending}
                onClick={() => start.mutate(x.id)}
                data-testid="test-start"
              >
                {action(x)}
              </Button>
            )}
            {x.lastAttemptId && (
              <Button
                block
                style={big}
                onClick={() => navigate(`/study/attempts/${x.lastAttemptId}`)}
                data-testid="test-result"
              >
                {t('study.mine.result')}
              </Button>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
