import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Empty, Flex, Select, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { criteriaApi, type WhatIfVillage } from './api';

const COLORS = { up: 'green', down: 'red', same: 'default' } as const;

/** 推演: this set applied to a published campaign's reviewed scores; the villages that move. */
export function WhatIfPanel({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [campaignId, setCampaignId] = useState<string | undefined>();
  const [movedOnly, setMovedOnly] = useState(true);
  const run = useMutation({ mutationFn: (id?: string) => criteriaApi.whatIf(setId, { campaignId: id }) });
  const result = run.data;
  const rows = (result?.villages ?? []).filter((v) => !movedOnly || v.direction !== 'same');
  const starsText = (n: number | null) => (n == null ? '—' : '★'.repeat(n));
  return (
    <Card size="small" title={t('assessCriteria.whatIf')}>
      <Typography.Paragraph>{t('assessCriteria.whatIfIntro')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        {result && (
          <Select
            aria-label={t('assessCriteria.campaign')}
            value={campaignId ?? result.campaign.id}
            onChange={(id) => {
              setCampaignId(id);
              run.mutate(id);
            }}
            options={result.campaigns.map((c) => ({ value: c.id, label: `${c.year} ${c.name}` }))}
            style={{ minWidth: 220 }}
          />
        )}
        <Button
          type="primary"
          loading={run.isPending}
          onClick={() => run.mutate(campaignId)}
          data-testid="what-if-run"
        >
          {t('assessCriteria.run')}
        </Button>
      </Flex>
      {run.isError && <Alert type="warning" showIcon title={errorText(run.error)} />}
      {result && (
        <Flex vertical gap={12}>
          <Flex gap={24} wrap>
            <Statistic
              title={t('assessCriteria.up')}
              value={result.counts.up}
              styles={{ content: { color: '#237804' } }}
            />
            <Statistic
              title={t('assessCriteria.down')}
              value={result.counts.down}
              styles={{ content: { color: '#a8071a' } }}
            />
            <Statistic title={t('assessCriteria.same')} value={result.counts.same} />
          </Flex>
          {result.missing.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('assessCriteria.missing', { codes: result.missing.join('、') })}
            />
          )}
          <Checkbox checked={movedOnly} onChange={(e) => setMovedOnly(e.target.checked)}>
            {t('assessCriteria.movedOnly')}
          </Checkbox>
          <ResponsiveTable<WhatIfVillage>
            rowKey="regionCode"
            size="small"
            dataSource={rows}
            pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('assessCriteria.noMoves')} /> }}
            phoneColumns={['name', 'direction']}
            data-testid="what-if-table"
            columns={[
              {
                key: 'name',
                title: t('assessCriteria.village'),
                render: (_, v) => v.name,
                sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
              },
              {
                key: 'township',
                title: t('assessCriteria.township'),
                dataIndex: 'townshipName',
                sorter: (a, b) => a.townshipName.localeCompare(b.townshipName, 'zh'),
              },
              {
                key: 'oldStars',
                title: t('assessCriteria.oldStars'),
                render: (_, v) => starsText(v.oldStars),
                sorter: (a, b) => (a.oldStars ?? 0) - (b.oldStars ?? 0),
              },
              {
                key: 'newStars',
                title: t('assessCriteria.newStars'),
                render: (_, v) => starsText(v.newStars),
                sorter: (a, b) => a.newStars - b.newStars,
              },
              {
                key: 'oldTotal',
                title: t('assessCriteria.oldTotal'),
                dataIndex: 'oldTotal',
                sorter: (a, b) => (a.oldTotal ?? 0) - (b.oldTotal ?? 0),
              },
              {
                key: 'newTotal',
                title: t('assessCriteria.newTotal'),
                dataIndex: 'newTotal',
                sorter: (a, b) => a.newTotal - b.newTotal,
              },
              {
                key: 'direction',
                title: t('assessCriteria.direction'),
                render: (_, v) => <Tag color={COLORS[v.direction]}>{t(`assessCriteria.${v.direction}`)}</Tag>,
                sorter: (a, b) => a.newStars - (a.oldStars ?? 0) - (b.newStars - (b.oldStars ?? 0)),
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
