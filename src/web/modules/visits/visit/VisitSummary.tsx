import { Alert, Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUESTION_CODES } from '../../../../contracts/api/visits';
import type { EventCategory, VisitPrefill } from './api';
import { useFieldLabel, useShowValue } from './shared';
import { answerCounts, type ChangeLine, type VisitDraft } from './visit-draft';

/** 核对后提交: the answers counted, every correction before → after, and the problems. */
export function VisitSummary({
  prefill,
  draft,
  lines,
  categories,
  problem,
  busy,
  onBack,
  onSubmit,
}: {
  prefill: VisitPrefill;
  draft: VisitDraft;
  lines: ChangeLine[];
  categories: EventCategory[];
  problem: string | null;
  busy: boolean;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const show = useShowValue();
  const fieldLabel = useFieldLabel();
  const counts = answerCounts(draft);
  const head = prefill.members.find((m) => m.relation === 'head')?.name ?? prefill.household.householdNo;
  const problems = QUESTION_CODES.flatMap((q) =>
    draft.status[q] === 'problem' && draft.problems[q] ? [{ q, p: draft.problems[q] }] : [],
  );
  return (
    <Flex vertical gap={12} data-testid="visit-summary">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('visitsVisit.summaryTitle')}
      </Typography.Title>
      <Typography.Text>
        {head} · {prefill.household.householdNo} · {draft.visitedOn}
      </Typography.Text>
      <Typography.Text data-testid="visit-summary-counts">
        {t('visitsVisit.summaryAnswers', counts)}
      </Typography.Text>
      <Card size="small" title={t('visitsVisit.summaryChanges')}>
        {lines.length === 0 ? (
          <Typography.Text type="secondary">{t('visitsVisit.noChanges')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={lines}
            data-testid="visit-summary-changes"
            renderItem={(l, i) => (
              <List.Item key={i}>
                <Flex vertical>
                  <Typography.Text strong>
                    {[l.who, fieldLabel(l.field)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  <Typography.Text>
                    {show(l.field, l.before)} → {show(l.field, l.after)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={t('visitsVisit.summaryProblems')}>
        {problems.length === 0 ? (
          <Typography.Text type="secondary">{t('visitsVisit.noProblems')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={problems}
            data-testid="visit-summary-problems"
            renderItem={({ q, p }) => (
              <List.Item key={q}>
                <Flex vertical>
                  <Typography.Text strong>
                    {t(`visitsVisit.questions.${q}`)}：{p.description}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {p.outcome === 'solved'
                      ? `${t('visitsVisit.problem.solved')}：${p.solution}`
                      : `${t('visitsVisit.problem.event')}：${
                          categories.find((c) => c.code === p.categoryCode)?.name ?? p.categoryCode
                        }`}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      {problem && <Alert type="error" showIcon title={problem} data-testid="visit-form-problem" />}
      <Flex gap={8} wrap>
        <Button onClick={onBack} data-testid="visit-back">
          {t('visitsVisit.back')}
        </Button>
        <Button
          type="primary"
          loading={busy}
          onClick={onSubmit}
          data-testid="visit-submit"
          style={{ flex: 1 }}
        >
          {t('visitsVisit.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}
