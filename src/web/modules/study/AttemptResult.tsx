import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AttemptView } from './api';

// The result of a handed-in attempt: the score, passed or not, and every wrong answer with the
// right one and why.

const letters = (answer: string | null, options: string[], kind: string) =>
  !answer ? null : kind === 'judge' ? options[answer.charCodeAt(0) - 65] : answer;

export function AttemptResult({ attempt }: { attempt: AttemptView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wrong = attempt.items.filter((i) => !i.isCorrect);
  return (
    <Flex vertical gap={12}>
      <Result
        status={attempt.passed ? 'success' : 'warning'}
        title={t('study.take.score', { score: attempt.score })}
        subTitle={
          <Flex vertical>
            <span>{attempt.passed ? t('study.take.passed') : t('study.take.failed')}</span>
            <span>{t('study.take.of', { max: attempt.maxScore, pass: attempt.passMark })}</span>
            <span>
              {t('study.take.correctCount', { right: attempt.correctCount, total: attempt.items.length })}
            </span>
          </Flex>
        }
        style={{ padding: 16 }}
      />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('study.take.wrong')}
      </Typography.Title>
      {wrong.length === 0 && <Alert type="success" title={t('study.take.allRight')} />}
      {wrong.map((i) => (
        <Card key={i.position} size="small" data-testid="wrong-answer">
          <Flex vertical gap={6}>
            <Typography.Text strong>
              {i.position}. {i.stem}
            </Typography.Text>
            {i.kind !== 'judge' &&
              i.options.map((o, n) => (
                <Typography.Text key={o}>{`${String.fromCharCode(65 + n)}. ${o}`}</Typography.Text>
              ))}
            <Typography.Text type="danger">
              {t('study.take.yourAnswer', {
                answer: letters(i.answer, i.options, i.kind) ?? t('study.take.noAnswer'),
              })}
            </Typography.Text>
            <Typography.Text strong style={{ color: '#135200' }}>
              {t('study.take.correct', { answer: letters(i.correct, i.options, i.kind) })}
            </Typography.Text>
            {i.explanation && (
              <Typography.Paragraph style={{ margin: 0 }}>
                {t('study.take.explanation', { text: i.explanation })}
              </Typography.Paragraph>
            )}
          </Flex>
        </Card>
      ))}
      <Button block size="large" onClick={() => navigate('/study')}>
        {t('study.take.back')}
      </Button>
    </Flex>
  );
}
