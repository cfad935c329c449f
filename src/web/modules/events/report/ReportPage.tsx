import { Alert, Button, Flex, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportCategory, SimilarEvent } from '../../../../contracts/api/events-report';
import { useErrorText } from '../../../app/errors';
import { eventsReportApi } from './api';
import { CategoryGrid } from './CategoryGrid';
import { fileReport } from './file-report';
import { QueueBanner } from './QueueBanner';
import { useReportContext } from './queries';
import { type Draft, draftProblem, emptyDraft, ReportForm } from './ReportForm';
import { SimilarList } from './SimilarList';
import { startReportSync } from './sync';

type Step = 'category' | 'details' | 'similar' | 'sent' | 'offline' | 'followed';

/** 上报事件 on a phone: category → text, photos, place → "是不是这些事？" → 提交 (or kept offline). */
export default function ReportPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const context = useReportContext();
  const [step, setStep] = useState<Step>('category');
  const [category, setCategory] = useState<ReportCategory | null>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [similar, setSimilar] = useState<SimilarEvent[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [followId, setFollowId] = useState<string | null>(null);
  useEffect(startReportSync, []);

  const place = context.data?.place;
  const placeText = place ? [place.regionName, place.gridName].filter(Boolean).join(' ') : null;

  const file = async (c: ReportCategory) => {
    const filed = await fileReport(c, draft);
    setProblem(filed.problem ?? null);
    setStep(filed.step);
  };

  const next = async () => {
    if (!category) return;
    const missing = draftProblem(category, draft);
    if (missing) return setProblem(t(missing as 'eventsReport.describe'));
    setProblem(null);
    setBusy(true);
    try {
      if (navigator.onLine) {
        const found = await eventsReportApi
          .similar({ categoryId: category.id, gridId: place?.gridId ?? undefined })
          .catch(() => null);
        if (found && found.items.length > 0) {
          setSimilar(found.items);
          return setStep('similar');
        }
      }
      await file(category);
    } finally {
      setBusy(false);
    }
  };

  const follow = async (e: SimilarEvent) => {
    setFollowId(e.id);
    try {
      await eventsReportApi.follow(e.id);
      setStep('followed');
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setFollowId(null);
    }
  };

  const restart = () => {
    setStep('category');
    setCategory(null);
    setDraft(emptyDraft);
    setProblem(null);
  };

  const done = (status: 'success' | 'warning', title: string, sub?: string) => (
    <Result
      status={status}
      title={title}
      subTitle={sub}
      data-testid={`report-${step}`}
      extra={[
        <Button key="again" type="primary" size="large" onClick={restart} data-testid="report-again">
          {t('eventsReport.another')}
        </Button>,
        <Link key="mine" to="/events-mine">
          {t('eventsReport.toMine')}
        </Link>,
      ]}
    />
  );

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('eventsReport.nav.report')}
      </Typography.Title>
      <QueueBanner />
      {context.isError && <Alert type="error" title={errorText(context.error)} />}
      {context.isPending && <Spin />}
      {context.data && step !== 'sent' && step !== 'offline' && step !== 'followed' && (
        <Typography.Text data-testid="report-place">
          {placeText ? t('eventsReport.filedTo', { place: placeText }) : t('eventsReport.noPlace')}
        </Typography.Text>
      )}
      {step === 'category' && context.data && (
        <CategoryGrid
          categories={context.data.categories}
          onPick={(c) => {
            setCategory(c);
            setStep('details');
          }}
        />
      )}
      {(step === 'details' || step === 'similar') && category && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {category.name}
          </Typography.Title>
          {step === 'details' && <ReportForm category={category} draft={draft} onChange={setDraft} />}
          {step === 'similar' && (
            <SimilarList items={similar} busyId={followId} onFollow={(e) => void follow(e)} />
          )}
          {problem && <Alert type="error" showIcon title={problem} data-testid="report-problem" />}
          <Flex gap={8} wrap>
            <Button size="large" onClick={() => (step === 'similar' ? setStep('details') : restart())}>
              {t('eventsReport.back')}
            </Button>
            <Button
              type="primary"
              size="large"
              loading={busy}
              style={{ flex: 1 }}
              data-testid={step === 'similar' ? 'report-none-of-these' : 'report-submit'}
              onClick={() => {
                if (step === 'details') return void next();
                setBusy(true);
                void file(category).finally(() => setBusy(false));
              }}
            >
              {step === 'similar' ? t('eventsReport.noneOfThese') : t('eventsReport.submit')}
            </Button>
          </Flex>
        </>
      )}
      {step === 'sent' && problem && <Alert type="warning" showIcon title={problem} />}
      {step === 'sent' && done('success', t('eventsReport.sent'), t('eventsReport.sentHint'))}
      {step === 'offline' && done('warning', t('eventsReport.offlineSaved'))}
      {step === 'followed' && done('success', t('eventsReport.followed'))}
    </Flex>
  );
}
