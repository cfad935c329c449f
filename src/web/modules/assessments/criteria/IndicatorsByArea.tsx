import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { criteriaApi, criteriaKey, type IndicatorView, type SetDetail } from './api';
import { IndicatorFormModal } from './IndicatorFormModal';

/** The set's indicators grouped by area (A–G, V), with points, method, evidence and source. */
export function IndicatorsByArea({ set, editable }: { set: SetDetail; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [editing, setEditing] = useState<IndicatorView | 'new' | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: criteriaKey });
  const change = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: refresh,
    onError: (e) => message.error(errorText(e)),
  });
  const ids = set.indicators.map((i) => i.id);
  const move = (id: string, by: -1 | 1) => {
    const k = ids.indexOf(id);
    const next = [...ids];
    [next[k], next[k + by]] = [next[k + by]!, next[k]!];
    change.mutate(() => criteriaApi.reorder(set.id, next));
  };
  const areas = [...new Set(set.indicators.map((i) => i.area))];
  const en = i18n.language === 'en';
  const sourceText = (i: IndicatorView) =>
    i.source
      ? t('assessCriteria.autoRead', {
          label: i.sourceLabel ? (en ? i.sourceLabel.en : i.sourceLabel.zh) : i.source.figure,
        })
      : t('assessCriteria.manual');
  const pointsText = (i: IndicatorView) =>
    i.method === 'tiers'
      ? `${t('assessCriteria.pointsN', { n: i.maxPoints })}（${(i.tiers ?? []).map((x) => `${x.label} ${x.points}`).join('；')}）`
      : t('assessCriteria.pointsN', { n: i.maxPoints });
  return (
    <Card
      size="small"
      title={`${t('assessCriteria.indicators')}（${set.indicators.length}）`}
      extra={
        editable && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="indicator-add"
          >
            {t('assessCriteria.addIndicator')}
          </Button>
        )
      }
    >
      {areas.length === 0 && <Empty description={t('assessCriteria.empty')} />}
      {areas.map((area) => {
        const rows = set.indicators.filter((i) => i.area === area);
        const subtotal = rows.reduce((n, i) => n + (i.method === 'veto' ? 0 : i.maxPoints), 0);
        return (
          <div key={area} style={{ marginBottom: 16 }}>
            <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
              {area} {rows[0]?.areaName}{' '}
              <Typography.Text type="secondary">
                {t('assessCriteria.areaTotal', { n: subtotal })}
              </Typography.Text>
            </Typography.Title>
            <ResponsiveTable<IndicatorView>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={rows}
              phoneColumns={editable ? ['name', 'actions'] : ['name', 'points']}
              columns={[
                { key: 'code', title: t('assessCriteria.code'), dataIndex: 'code', width: 64 },
                {
                  key: 'name',
                  title: t('assessCriteria.indicatorName'),
                  render: (_, i) => (
                    <span style={{ whiteSpace: 'normal' }}>
                      {i.code} {i.name}
                      {i.description && (
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                          {i.description}
                        </Typography.Text>
                      )}
                    </span>
                  ),
                },
                {
                  key: 'points',
                  title: t('assessCriteria.points'),
                  render: (_, i) => <span style={{ whiteSpace: 'normal' }}>{pointsText(i)}</span>,
                },
                {
                  key: 'method',
                  title: t('assessCriteria.method'),
                  render: (_, i) => t(`assessCriteria.methods.${i.method}`),
                },
                {
                  key: 'evidence',
                  title: t('assessCriteria.evidence'),
                  render: (_, i) => (
                    <span style={{ whiteSpace: 'normal' }}>
                      {i.evidence ?? '—'}{' '}
                      {i.evidenceRequired && <Tag color="orange">{t('assessCriteria.required')}</Tag>}
                    </span>
                  ),
                },
                {
                  key: 'source',
                  title: t('assessCriteria.source'),
                  render: (_, i) => (i.source ? <Tag color="blue">{sourceText(i)}</Tag> : sourceText(i)),
                },
                ...(editable
                  ? [
                      {
                        key: 'actions',
                        title: t('common.actions'),
                        render: (_: unknown, i: IndicatorView) => (
                          <Flex gap={4} wrap>
                            <Button
                              size="small"
                              onClick={() => setEditing(i)}
                              data-testid={`indicator-edit-${i.code}`}
                            >
                              {t('common.edit')}
                            </Button>
                            <Button
                              size="small"
                              aria-label={t('assessCriteria.moveUp')}
                              icon={<ArrowUpOutlined />}
                              disabled={ids.indexOf(i.id) === 0}
                              onClick={() => move(i.id, -1)}
                            />
                            <Button
                              size="small"
                              aria-label={t('assessCriteria.moveDown')}
                              icon={<ArrowDownOutlined />}
                              disabled={ids.indexOf(i.id) === ids.length - 1}
                              onClick={() => move(i.id, 1)}
                            />
                            <Popconfirm
                              title={t('assessCriteria.deleteIndicatorConfirm', { code: i.code })}
                              onConfirm={() => change.mutate(() => criteriaApi.removeIndicator(set.id, i.id))}
                            >
                              <Button size="small" danger>
                                {t('assessCriteria.deleteIndicator')}
                              </Button>
                            </Popconfirm>
                          </Flex>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        );
      })}
      {editing && (
        <IndicatorFormModal
          setId={set.id}
          indicator={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
