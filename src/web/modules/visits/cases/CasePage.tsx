import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Result,
  Spin,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { ActionModal } from './ActionModal';
import { type CaseDetail, casesApi, useCase } from './api';
import { FollowupsCard } from './FollowupsCard';
import { dateTime } from './format';
import { MeasuresCard } from './MeasuresCard';

// 识别详情 (phone friendly): the household, the five steps with their due times (late ones in red),
// the buttons of the actions the server allows now, each with its form, the consent photo, measures,
// follow-ups, what still stands in the way of removal, and the history.

type Action = CaseDetail['actions'][number];
// A waiting step keeps antd's default tag: its grey text on grey fails the contrast check.
const STEP_COLOR = { done: 'green', current: 'blue', waiting: undefined } as const;

export default function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const found = useCase(caseId);
  const [action, setAction] = useState<Action | null>(null);
  const back = (
    <Link to="/monitoring-cases" style={{ textDecoration: 'underline' }}>
      {t('visitsCases.back')}
    </Link>
  );
  if (found.isLoading) return <Spin />;
  if (!found.data)
    return (
      <Result status="404" title={t('visitsCases.notFound')} subTitle={errorText(found.error)} extra={back} />
    );
  const c = found.data;
  const refresh = () => void found.refetch();
  const upload = async (file: File) => {
    try {
      await casesApi.uploadConsent(c.id, [file]);
      message.success(t('visitsCases.consentUploaded'));
      refresh();
    } catch (error) {
      message.error(errorText(error));
    }
    return false;
  };
  const villageCode = c.regionCode.slice(0, 12);
  return (
    <Flex vertical gap={12}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.household.headName ?? c.household.householdNo} · {c.household.regionName}
        </Typography.Title>
        <Flex gap={4} wrap>
          <Tag color="blue">{t(`visitsCases.states.${c.state}`)}</Tag>
          {c.overdue && <Tag color="red">{t('visitsCases.overdueTag')}</Tag>}
          {c.noLabour && <Tag>{t('visitsCases.noLabour')}</Tag>}
        </Flex>
      </Flex>
      {c.actions.length > 0 && (
        <Flex gap={8} wrap data-testid="case-actions">
          {c.actions.map((a) => (
            <Button
              key={a.action}
              type={a.action === 'refuse' || a.action === 'reject_removal' ? 'default' : 'primary'}
              danger={a.action === 'refuse'}
              disabled={a.missing !== null}
              title={a.missing === 'evidence' ? t('visitsCases.missingEvidence') : undefined}
              onClick={() => setAction(a)}
              data-testid={`case-action-${a.action}`}
            >
              {a.label.zh}
            </Button>
          ))}
          {c.state === 'village_review' && c.actions.some((a) => a.action === 'confirm_visit') && (
            <Upload accept="image/*" showUploadList={false} beforeUpload={upload}>
              <Button icon={<UploadOutlined />}>{t('visitsCases.uploadConsent')}</Button>
            </Upload>
          )}
        </Flex>
      )}
      {c.actions.some((a) => a.missing === 'evidence') && (
        <Alert type="info" showIcon title={t('visitsCases.missingEvidence')} />
      )}
      {c.removalUnmet.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('visitsCases.removalUnmet')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {c.removalUnmet.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('visitsCases.household')}>
            <Link to={`/households/${c.household.id}`} style={{ textDecoration: 'underline' }}>
              {c.household.householdNo}
            </Link>
            （{c.household.memberCount} 人）
          </Descriptions.Item>
          <Descriptions.Item label={t('visitsCases.riskTypes')}>
            {c.riskTypes.map((r) => t(`visitsCases.risks.${r}`, { defaultValue: r })).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('visitsCases.objectType')}>
            {c.objectType ? t(`visitsCases.objectTypes.${c.objectType}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('visitsCases.firstClue')}>{dateTime(c.firstClueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('visitsCases.due')}>
            {c.stepDueAt ? dateTime(c.stepDueAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('visitsCases.consent')}>
            {c.consentAt ? dateTime(c.consentAt) : '—'}
          </Descriptions.Item>
          {c.compareResult && (
            <Descriptions.Item label={t('visitsCases.compareResult')}>{c.compareResult}</Descriptions.Item>
          )}
          {c.noticeFrom && (
            <Descriptions.Item label={t('visitsCases.notice')}>
              {c.noticeFrom} — {c.noticeTo}{' '}
              <Link to={`/monitoring-notice/${villageCode}`} style={{ textDecoration: 'underline' }}>
                {t('visitsCases.openNotice')}
              </Link>
            </Descriptions.Item>
          )}
          {c.helperName && (
            <Descriptions.Item label={t('visitsCases.helper')}>{c.helperName}</Descriptions.Item>
          )}
          {c.identifiedAt && (
            <Descriptions.Item label={t('visitsCases.identifiedAt')}>
              {dateTime(c.identifiedAt)}
            </Descriptions.Item>
          )}
          {c.closeReason && (
            <Descriptions.Item label={t('visitsCases.reason')}>{c.closeReason}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('visitsCases.steps')}>
        <List
          dataSource={c.steps}
          renderItem={(s) => (
            <List.Item>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex gap={4} wrap align="center">
                  <Tag color={STEP_COLOR[s.status]}>{t(`visitsCases.stepStatus.${s.status}`)}</Tag>
                  <Typography.Text strong>{s.name.zh}</Typography.Text>
                  <Typography.Text type="secondary">（{s.limit}）</Typography.Text>
                  {s.overdue && <Tag color="red">{t('visitsCases.overdueTag')}</Tag>}
                </Flex>
                {s.startedAt && (
                  <Typography.Text type="secondary">
                    {t('visitsCases.startedAt')} {dateTime(s.startedAt)}
                    {s.dueAt ? ` · ${t('visitsCases.dueAt')} ${dateTime(s.dueAt)}` : ''}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {(c.measures.length > 0 || c.mayEditMeasures) && <MeasuresCard detail={c} onChanged={refresh} />}
      {(c.followups.length > 0 || c.mayAddFollowup) && <FollowupsCard detail={c} onChanged={refresh} />}
      <Card size="small" title={t('visitsCases.history')}>
        <Timeline
          items={c.history.map((h) => ({
            key: `${h.at}-${h.action}`,
            content: (
              <Flex vertical>
                <Typography.Text>
                  {h.label.zh} → {h.toLabel.zh}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {h.actorName ?? ''} · {dateTime(h.at)}
                  {h.reason ? ` · ${h.reason}` : ''}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
      <ActionModal
        detail={c}
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          refresh();
        }}
      />
    </Flex>
  );
}
