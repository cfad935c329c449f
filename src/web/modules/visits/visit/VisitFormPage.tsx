import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Radio,
  Result,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QUESTION_CODES } from '../../../../contracts/api/visits';
import { povertyStatus } from '../../../../contracts/registry/enums';
import { useCoded } from '../../../app/components/use-coded';
import { useErrorText } from '../../../app/errors';
import { HouseholdPick } from '../../events/catalogue/HouseholdPick';
import { isNetworkError, type VisitPrefill, visitServer, visitsApi } from './api';
import { Corrections, LifeChecks, ProblemEditor } from './Corrections';
import { VisitQueueBanner } from './VisitQueueBanner';
import { VisitSummary } from './VisitSummary';
import {
  type AnswerStatus,
  changeLines,
  draftProblem,
  newDraft,
  type QuestionCode,
  setCheck,
  setStatus,
  today,
  type VisitDraft,
  visitBody,
} from './visit-draft';
import { queuedVisit, sendVisit } from './visit-queue';
import { idbVisitQueue } from './visit-queue-store';
import { notifyVisitQueueChanged, startVisitSync } from './visit-sync';

const STATUSES: AnswerStatus[] = ['clear', 'corrected', 'problem'];
/** Questions whose 更正 opens fields; the others take a note. */
const WITH_FIELDS = new Set<QuestionCode>(['Q01', 'Q04', 'Q05', 'Q06', 'Q07', 'Q08', 'Q09', 'Q10']);

/** 入户走访 (十问十清) on a phone: pick the household, answer, review, submit (offline too). */
export default function VisitFormPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const householdId = params.get('householdId') ?? '';
  useEffect(startVisitSync, []);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Link to="/visits">
        <ArrowLeftOutlined /> {t('visitsVisit.listTitle')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsVisit.newTitle')}
      </Typography.Title>
      <VisitQueueBanner />
      {householdId ? (
        <VisitForm key={householdId} householdId={householdId} onAnother={() => setParams({})} />
      ) : (
        <Card size="small" title={t('visitsVisit.pickHousehold')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('visitsVisit.pickHint')}</Typography.Text>
            <div data-testid="visit-household-pick">
              <HouseholdPick
                label={t('visitsVisit.householdSearch')}
                onChange={(id) => id && setParams({ householdId: id })}
              />
            </div>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}

type Step = 'form' | 'summary' | 'offline' | 'sent';

function VisitForm({ householdId, onAnother }: { householdId: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const prefill = useQuery({
    queryKey: ['visitsVisit', 'prefill', householdId],
    queryFn: () => visitsApi.prefill(householdId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const categories = useQuery({
    queryKey: ['visitsVisit', 'categories'],
    queryFn: visitsApi.categories,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [draft, setDraft] = useState<VisitDraft>(() => newDraft());
  const [step, setStep] = useState<Step>('form');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [visitId, setVisitId] = useState<string | null>(null);

  if (prefill.isPending) return <Skeleton active />;
  if (prefill.isError) return <Result status="warning" title={errorText(prefill.error)} />;
  const data = prefill.data;
  const h = data.household;
  const label = `${data.members.find((m) => m.relation === 'head')?.name ?? h.householdNo} · ${draft.visitedOn}`;

  const review = () => {
    const missing = draftProblem(draft);
    if (missing) {
      setProblem(
        `${t(`visitsVisit.questions.${missing.question}`)}：${t(`visitsVisit.problem.${missing.key}`)}`,
      );
      return;
    }
    setProblem(null);
    setStep('summary');
    window.scrollTo({ top: 0 });
  };

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const visit = queuedVisit(visitBody(data, draft, householdId), label);
      await idbVisitQueue.put(visit);
      notifyVisitQueueChanged();
      if (!navigator.onLine) return setStep('offline');
      const result = await sendVisit(visit, idbVisitQueue, visitServer, isNetworkError);
      notifyVisitQueueChanged();
      if (result.outcome === 'offline') return setStep('offline');
      if (result.outcome === 'refused') {
        // Refused while the user is here: back to the form with the message, nothing kept.
        await idbVisitQueue.remove(visit.key);
        notifyVisitQueueChanged();
        setProblem(result.message);
        return setStep('form');
      }
      setVisitId(result.visitId);
      setStep('sent');
      void client.invalidateQueries();
    } finally {
      setBusy(false);
    }
  };

  if (step === 'offline' || step === 'sent')
    return (
      <Result
        status={step === 'sent' ? 'success' : 'info'}
        title={step === 'sent' ? t('visitsVisit.sent') : t('visitsVisit.savedOffline')}
        data-testid={step === 'sent' ? 'visit-sent' : 'visit-saved-offline'}
        extra={
          <Flex vertical gap={8} align="center">
            {visitId && (
              <Link to={`/visits/${visitId}`} data-testid="visit-open">
                {t('visitsVisit.openVisit')}
              </Link>
            )}
            <Link to={`/households/${householdId}`}>{t('visitsVisit.toHousehold')}</Link>
            <Button type="primary" onClick={onAnother} data-testid="visit-another">
              {t('visitsVisit.another')}
            </Button>
          </Flex>
        }
      />
    );

  if (step === 'summary')
    return (
      <VisitSummary
        prefill={data}
        draft={draft}
        lines={changeLines(data, visitBody(data, draft, householdId))}
        categories={categories.data ?? []}
        problem={problem}
        busy={busy}
        onBack={() => setStep('form')}
        onSubmit={() => void submit()}
      />
    );

  return (
    <Flex vertical gap={12} data-testid="visit-form">
      <HouseholdHeader prefill={data} />
      <Flex vertical gap={4}>
        <label htmlFor="visit-date">{t('visitsVisit.visitedOn')}</label>
        <Input
          id="visit-date"
          type="date"
          max={today()}
          value={draft.visitedOn}
          onChange={(e) => e.target.value && setDraft((d) => ({ ...d, visitedOn: e.target.value }))}
          data-testid="visit-date"
          style={{ maxWidth: 200 }}
        />
      </Flex>
      {QUESTION_CODES.map((q, i) => (
        <QuestionCard
          key={q}
          q={q}
          n={i + 1}
          prefill={data}
          draft={draft}
          setDraft={setDraft}
          categories={categories.data ?? []}
        />
      ))}
      {problem && <Alert type="error" showIcon title={problem} data-testid="visit-form-problem" />}
      <Button type="primary" size="large" block onClick={review} data-testid="visit-review">
        {t('visitsVisit.review')}
      </Button>
    </Flex>
  );
}

function HouseholdHeader({ prefill }: { prefill: VisitPrefill }) {
  const { t } = useTranslation();
  const coded = useCoded();
  const h = prefill.household;
  const head = prefill.members.find((m) => m.relation === 'head')?.name ?? '—';
  return (
    <Card size="small" data-testid="visit-household">
      <Descriptions
        size="small"
        column={1}
        title={
          <span>
            {head} · {h.householdNo} <Tag>{coded.label(povertyStatus, h.povertyStatus)}</Tag>
          </span>
        }
        items={[
          { key: 'region', label: t('visitsVisit.cols.region'), children: h.regionName },
          {
            key: 'last',
            label: t('visitsVisit.household.title'),
            children: prefill.lastVisit
              ? t('visitsVisit.lastVisit', {
                  date: prefill.lastVisit.visitedOn,
                  name: prefill.lastVisit.visitorName,
                })
              : t('visitsVisit.neverVisited'),
          },
        ]}
      />
      {prefill.monitoring && (
        <Alert
          type="warning"
          showIcon
          title={t('visitsVisit.monitoringCase', { state: prefill.monitoring.state })}
        />
      )}
    </Card>
  );
}

function QuestionCard({
  q,
  n,
  prefill,
  draft,
  setDraft,
  categories,
}: {
  q: QuestionCode;
  n: number;
  prefill: VisitPrefill;
  draft: VisitDraft;
  setDraft: (change: (d: VisitDraft) => VisitDraft) => void;
  categories: { id: string; code: string; name: string; active: boolean }[];
}) {
  const { t } = useTranslation();
  const status = draft.status[q];
  const active = useMemo(() => categories.filter((c) => c.active), [categories]);
  const titleId = `visit-${q}-title`;
  return (
    <Card
      size="small"
      data-testid={`visit-question-${q}`}
      title={
        <span id={titleId} style={{ whiteSpace: 'normal' }}>
          {n}. {t(`visitsVisit.questions.${q}`)}
        </span>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t(`visitsVisit.clearWhen.${q}`)}</Typography.Text>
        {q === 'Q03' && (
          <LifeChecks draft={draft} onCheck={(key, held) => setDraft((d) => setCheck(d, key, held))} />
        )}
        <Radio.Group
          aria-labelledby={titleId}
          optionType="button"
          buttonStyle="solid"
          block
          value={status}
          onChange={(e) => setDraft((d) => setStatus(d, q, e.target.value))}
          options={STATUSES.map((s) => ({
            value: s,
            label: <span data-testid={`visit-${q}-${s}`}>{t(`visitsVisit.status.${s}`)}</span>,
          }))}
        />
        {status === 'corrected' && WITH_FIELDS.has(q) && (
          <Corrections q={q} prefill={prefill} draft={draft} edit={setDraft} />
        )}
        {status !== 'clear' && (
          <Input
            aria-label={`${t(`visitsVisit.questions.${q}`)} ${t('visitsVisit.note')}`}
            placeholder={t('visitsVisit.note')}
            maxLength={500}
            value={draft.notes[q] ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, notes: { ...d.notes, [q]: e.target.value } }))}
          />
        )}
        {status === 'problem' && draft.problems[q] && (
          <ProblemEditor
            q={q}
            problem={draft.problems[q]}
            categories={active}
            onChange={(p) => setDraft((d) => ({ ...d, problems: { ...d.problems, [q]: p } }))}
          />
        )}
      </Flex>
    </Card>
  );
}
