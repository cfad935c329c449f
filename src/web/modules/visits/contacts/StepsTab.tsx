import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Progress, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useErrorText } from '../../../app/errors';
import { type StationedCadreView, useTenSteps } from './api';
import { type StepDraft, StepModal } from './StepModal';

// 十步法: one card per stationed cadre (from the villages' work teams, or typed) with the ten
// steps; a step the caller may record opens the date form.

function CadreCard({ cadre, onStep }: { cadre: StationedCadreView; onStep: (d: StepDraft) => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={`cadre-${cadre.cadreName}`}
      title={
        <Flex gap={8} wrap align="center">
          <span>{cadre.cadreName}</span>
          <Typography.Text type="secondary">{cadre.villageName}</Typography.Text>
          <Tag>{cadre.role ?? t('visitsContacts.ten.typed')}</Tag>
        </Flex>
      }
    >
      <Progress
        aria-label={t('visitsContacts.ten.done', { done: cadre.done })}
        percent={cadre.done * 10}
        format={() => t('visitsContacts.ten.done', { done: cadre.done })}
      />
      <Flex gap={6} wrap style={{ marginTop: 8 }}>
        {cadre.steps.map((s) => {
          const label = `${s.step.slice(1)} ${t(`visitsContacts.steps.${s.step}`)}`;
          const tip = s.doneOn ?? t('visitsContacts.ten.notDone');
          return cadre.editable ? (
            <Tooltip key={s.step} title={tip}>
              <Button
                size="small"
                type={s.doneOn ? 'primary' : 'default'}
                aria-pressed={!!s.doneOn}
                onClick={() => onStep({ ...cadre, ...s })}
              >
                {label}
              </Button>
            </Tooltip>
          ) : (
            <Tooltip key={s.step} title={tip}>
              <Tag color={s.doneOn ? 'green' : undefined}>{label}</Tag>
            </Tooltip>
          );
        })}
      </Flex>
    </Card>
  );
}

export function StepsTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? undefined;
  const list = useTenSteps(regionCode);
  const [draft, setDraft] = useState<StepDraft | null>(null);
  const mayRecord = can(me.role, 'contacts.manage') && me.role !== 'village';
  const cadres = list.data?.cadres ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <div style={{ width: 240, maxWidth: '100%' }}>
          <RegionPicker
            value={regionCode}
            aria-label={t('visitsContacts.ten.region')}
            onChange={(code) =>
              setParams((prev) => {
                const next = new URLSearchParams(prev);
                if (code) next.set('region', code);
                else next.delete('region');
                return next;
              })
            }
          />
        </div>
        {mayRecord && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setDraft(me.role === 'stationed_cadre' ? { cadreName: me.displayName } : {})}
          >
            {t('visitsContacts.ten.add')}
          </Button>
        )}
      </Flex>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      {list.isLoading && <Spin />}
      {list.data && !cadres.length && <Empty description={t('visitsContacts.ten.empty')} />}
      {cadres.map((c) => (
        <CadreCard key={`${c.regionCode}-${c.cadreName}`} cadre={c} onStep={setDraft} />
      ))}
      {draft && <StepModal draft={draft} onClose={() => setDraft(null)} />}
    </Flex>
  );
}
