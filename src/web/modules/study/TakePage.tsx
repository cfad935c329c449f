import { App, Button, Flex, Progress, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useErrorText } from '../../app/errors';
import { AttemptResult } from './AttemptResult';
import { studyApi, useAttempt, useStudyMutation } from './api';

// 答题 on a phone: one question per screen with its number and a progress bar, large answer
// buttons, each answer saved on the server at once (a dropped connection loses nothing), hand in
// with a confirmation, then the result. No timer unless the test sets a limit.

const big = {
  minHeight: 52,
  height: 'auto',
  whiteSpace: 'normal',
  textAlign: 'left',
  justifyContent: 'flex-start',
  fontSize: 16,
} as const;

export default function TakePage() {
  const { t } = useTranslation();
  const { attemptId = '' } = useParams();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const attempt = useAttempt(attemptId);
  const [at, setAt] = useState(0);
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const save = useStudyMutation((v: { position: number; answer: string }) =>
    studyApi.answer(attemptId, v.position, v.answer),
  );
  const submit = useStudyMutation(() => studyApi.submit(attemptId));

  useEffect(() => {
    if (!attempt.data) return;
    setAnswers(Object.fromEntries(attempt.data.items.map((i) => [i.position, i.answer ?? ''])));
  }, [attempt.data]);

  if (attempt.isLoading) return <Spin />;
  if (!attempt.data) return <Typography.Text type="danger">{errorText(attempt.error)}</Typography.Text>;
  const a = attempt.data;
  if (a.status === 'submitted') return <AttemptResult attempt={a} />;
  const item = a.items[at]!;
  const total = a.items.length;
  const answered = Object.values(answers).filter(Boolean).length;
  const current = answers[item.position] ?? '';
  const choose = (letter: string) => {
    const next =
      item.kind === 'multiple'
        ? [...new Set(current.includes(letter) ? current.replace(letter, '') : current + letter)]
            .sort()
            .join('')
        : letter;
    setAnswers((x) => ({ ...x, [item.position]: next }));
    save.mutate(
      { position: item.position, answer: next },
      { onError: (e) => void message.error(errorText(e)) },
    );
  };
  const handIn = () =>
    modal.confirm({
      title: t('study.take.submitConfirm'),
      content: answered < total ? t('study.take.unanswered', { count: total - answered }) : undefined,
      okText: t('study.take.submit'),
      onOk: () =>
        submit.mutateAsync(undefined).then(
          () => attempt.refetch(),
          (e) => void message.error(errorText(e)),
        ),
    });
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {a.title}
      </Typography.Title>
      <Flex justify="space-between" wrap>
        <Typography.Text strong data-testid="take-progress">
          {t('study.take.progress', { n: at + 1, total })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('study.take.answered', { count: answered, total })}
        </Typography.Text>
      </Flex>
      <Progress
        percent={Math.round((answered / total) * 100)}
        showInfo={false}
        aria-label={t('study.take.answered', { count: answered, total })}
      />
      {a.deadlineAt && (
        <Typography.Text type="warning">
          {t('study.take.deadline', {
            time: new Date(a.deadlineAt).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }),
          })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">
        {t(`study.kinds.${item.kind}`)} · {item.category}
      </Typography.Text>
      <Typography.Paragraph strong style={{ fontSize: 18, margin: 0 }} data-testid="take-stem">
        {item.stem}
      </Typography.Paragraph>
      {item.kind === 'multiple' && (
        <Typography.Text type="secondary">{t('study.take.multipleHint')}</Typography.Text>
      )}
      <Flex vertical gap={8} role="group" aria-label={item.stem}>
        {item.options.map((o, n) => {
          const letter = String.fromCharCode(65 + n);
          const chosen = current.includes(letter);
          return (
            <Button
              key={letter}
              type={chosen ? 'primary' : 'default'}
              aria-pressed={chosen}
              block
              style={big}
              onClick={() => choose(letter)}
              data-testid={`option-${letter}`}
            >
              {item.kind === 'judge' ? o : `${letter}. ${o}`}
            </Button>
          );
        })}
      </Flex>
      <Flex gap={8}>
        <Button size="large" style={{ flex: 1 }} disabled={at === 0} onClick={() => setAt(at - 1)}>
          {t('study.take.previous')}
        </Button>
        {at < total - 1 ? (
          <Button
            size="large"
            type="primary"
            style={{ flex: 1 }}
            onClick={() => setAt(at + 1)}
            data-testid="take-next"
          >
            {t('study.take.next')}
          </Button>
        ) : (
          <Button
            size="large"
            type="primary"
            danger
            style={{ flex: 1 }}
            onClick={handIn}
            data-testid="take-submit"
          >
            {t('study.take.submit')}
          </Button>
        )}
      </Flex>
      {at < total - 1 && (
        <Button type="link" onClick={handIn}>
          {t('study.take.submit')}
        </Button>
      )}
    </Flex>
  );
}
