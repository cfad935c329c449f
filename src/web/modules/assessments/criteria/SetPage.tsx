import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { useErrorText } from '../../../app/errors';
import { criteriaApi, criteriaKey, type SetDetail, useSet } from './api';
import { StatusTag, YearModal } from './CriteriaPage';
import { IndicatorsByArea } from './IndicatorsByArea';
import { RulesModal } from './RulesModal';
import { WhatIfPanel } from './WhatIfPanel';

/** One criteria set: thresholds, rules, indicators by area; drafts are edited here, published ones copied. */
export default function SetPage() {
  const { t } = useTranslation();
  const { setId = '' } = useParams();
  const me = useCurrentUser();
  const set = useSet(setId);
  const errorText = useErrorText();
  if (set.isError) return <Alert type="error" showIcon title={errorText(set.error)} />;
  if (!set.data) return <Spin />;
  const editor = can(me.role, 'assess.criteria');
  return (
    <Flex vertical gap={12}>
      <Link to="/assess-criteria" style={{ textDecoration: 'underline' }}>
        <ArrowLeftOutlined /> {t('assessCriteria.back')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {set.data.name} <StatusTag status={set.data.status} />
        </Typography.Title>
        {editor && <SetActions set={set.data} />}
      </Flex>
      {editor && (
        <Alert
          type={set.data.status === 'draft' ? 'info' : 'warning'}
          showIcon
          title={set.data.status === 'draft' ? t('assessCriteria.draftNote') : t('assessCriteria.readOnly')}
        />
      )}
      <ThresholdsCard set={set.data} editable={editor && set.data.status === 'draft'} />
      <IndicatorsByArea set={set.data} editable={editor && set.data.status === 'draft'} />
      {editor && <WhatIfPanel setId={set.data.id} />}
    </Flex>
  );
}

function SetActions({ set }: { set: SetDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [copying, setCopying] = useState(false);
  const done = (text: string) => {
    message.success(text);
    return client.invalidateQueries({ queryKey: criteriaKey });
  };
  const publish = useMutation({
    mutationFn: () => criteriaApi.publish(set.id),
    onSuccess: () => done(t('assessCriteria.published')),
    onError: (e) => modal.error({ title: t('assessCriteria.publish'), content: errorText(e) }),
  });
  const remove = useMutation({
    mutationFn: () => criteriaApi.remove(set.id),
    onSuccess: async () => {
      await done(t('assessCriteria.deleted'));
      navigate('/assess-criteria');
    },
    onError: (e) => message.error(errorText(e)),
  });
  return (
    <Flex gap={8} wrap>
      {set.status === 'published' ? (
        <Button type="primary" onClick={() => setCopying(true)} data-testid="criteria-copy">
          {t('assessCriteria.copy')}
        </Button>
      ) : (
        <>
          <Popconfirm title={t('assessCriteria.deleteConfirm')} onConfirm={() => remove.mutate()}>
            <Button danger loading={remove.isPending}>
              {t('assessCriteria.deleteDraft')}
            </Button>
          </Popconfirm>
          <Popconfirm title={t('assessCriteria.publishConfirm')} onConfirm={() => publish.mutate()}>
            <Button type="primary" loading={publish.isPending} data-testid="criteria-publish">
              {t('assessCriteria.publish')}
            </Button>
          </Popconfirm>
        </>
      )}
      {copying && <YearModal from={set} onClose={() => setCopying(false)} />}
    </Flex>
  );
}

function ThresholdsCard({ set, editable }: { set: SetDetail; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const sat = set.rules.satisfaction;
  const levels = ['five', 'four', 'three', 'two'] as const;
  return (
    <Card
      size="small"
      title={t('assessCriteria.thresholds')}
      extra={
        editable && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="criteria-edit-rules">
            {t('assessCriteria.editThresholds')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
        {levels.map((l) => (
          <Descriptions.Item key={l} label={t(`assessCriteria.stars.${l}`)}>
            ≥ {set.thresholds[l]}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>
        {t('assessCriteria.belowTwo')}；{t('assessCriteria.maxTotal')} {set.maxTotal}；
        {sat
          ? t('assessCriteria.satisfactionRule', { code: sat.indicator, below: sat.below, max: sat.maxStars })
          : t('assessCriteria.noSatisfaction')}
        ；{t('assessCriteria.vetoRule', { max: set.rules.vetoMaxStars })}
      </Typography.Paragraph>
      {editing && <RulesModal set={set} onClose={() => setEditing(false)} />}
    </Card>
  );
}
