import { Card, Empty, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type EconomySummary, wanShort } from './api';
import { DrillNumber, type OpenDrill } from './Figures';

const amount = wanShort;
const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;

/** 目标进度 (凌云: every village ≥ 12 万 and 60 % ≥ 20 万): one named bar per part of a target. */
export function Targets({ data, onDrill }: { data: EconomySummary; onDrill: OpenDrill }) {
  const { t } = useTranslation();
  const { regionCode } = data;
  return (
    <Card size="small" title={t('econViews.targets')}>
      {data.targets.length === 0 && <Empty description={t('econViews.noTargets')} />}
      <Flex vertical gap={16}>
        {data.targets.map((target) => {
          const p = target;
          const needed = Math.ceil(((target.sharePercent ?? 0) * p.villages) / 100);
          return (
            <div key={target.id} data-testid="econ-target">
              <Flex justify="space-between" wrap gap={8}>
                <Typography.Text strong>
                  {target.name}（{target.byYear}）
                </Typography.Text>
                <Tag color={p.met ? 'green' : 'orange'}>
                  {p.met ? t('econViews.targetMet') : t('econViews.targetOpen')}
                </Tag>
              </Flex>
              {target.everyMinFen !== null && (
                <div>
                  <Typography.Text>
                    {t('econViews.targetEvery', { amount: amount(target.everyMinFen) })}{' '}
                  </Typography.Text>
                  <DrillNumber
                    n={p.belowEvery}
                    label={target.name}
                    onOpen={() =>
                      onDrill(`${target.name} < ${amount(target.everyMinFen!)}`, {
                        regionCode,
                        belowFen: target.everyMinFen!,
                      })
                    }
                  />
                  <Progress
                    percent={percentOf(p.villages - p.belowEvery, p.villages)}
                    aria-label={t('econViews.targetEveryBar', { amount: amount(target.everyMinFen) })}
                  />
                </div>
              )}
              {target.shareMinFen !== null && target.sharePercent !== null && (
                <div>
                  <Typography.Text>
                    {t('econViews.targetShare', {
                      percent: target.sharePercent,
                      amount: amount(target.shareMinFen),
                      share: p.atSharePercent,
                      missing: p.shareMissing,
                    })}
                  </Typography.Text>{' '}
                  <DrillNumber
                    n={p.atShare}
                    label={target.name}
                    onOpen={() =>
                      onDrill(`${target.name} ≥ ${amount(target.shareMinFen!)}`, {
                        regionCode,
                        atLeastFen: target.shareMinFen!,
                      })
                    }
                  />
                  <Progress
                    percent={percentOf(p.atShare, needed)}
                    aria-label={t('econViews.targetShareBar', {
                      percent: target.sharePercent,
                      amount: amount(target.shareMinFen),
                    })}
                  />
                </div>
              )}
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
