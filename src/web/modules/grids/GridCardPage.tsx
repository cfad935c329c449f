import { Breadcrumb, Card, Descriptions, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { gridTier } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import { AssignHouseholds } from './AssignHouseholds';
import { GridWorkers } from './GridWorkers';
import { useGridCard } from './queries';

/** 网格卡片: one grid with its households, grid workers and bound party organization. */
export default function GridCardPage() {
  const { gridId = '' } = useParams();
  const { t } = useTranslation();
  const coded = useCoded();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const card = useGridCard(gridId);
  if (card.isError) return <Typography.Paragraph type="danger">{errorText(card.error)}</Typography.Paragraph>;
  if (!card.data) return <Card loading />;
  const { grid, path, households, workers } = card.data;
  const mayWrite = can(me.role, 'grids.write');
  const mayVisit = can(me.role, 'visits.record');

  return (
    <Flex vertical gap={16} data-testid="grid-card">
      <Breadcrumb
        items={[
          { title: <Link to="/grids">{t('grids.title')}</Link> },
          ...path.map((p) => ({
            title: p.id === grid.id ? p.name : <Link to={`/grids/${p.id}`}>{p.name}</Link>,
          })),
        ]}
      />
      <Card title={`${t('grids.cardTitle')} · ${grid.name}`}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('grids.code')}>
            <span data-testid="grid-card-code">{grid.code}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('grids.tier')}>{coded.label(gridTier, grid.tier)}</Descriptions.Item>
          <Descriptions.Item label={t('grids.village')}>{grid.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('grids.branch')}>
            {grid.partyOrg?.name ?? t('grids.noBranch')}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          {t('grids.count', { households: grid.householdCount, workers: workers.length })}
        </Typography.Text>
      </Card>
      <GridWorkers gridId={grid.id} workers={workers} mayWrite={mayWrite} />
      <Card
        title={t('grids.households')}
        extra={mayWrite && grid.tier === 'small' ? <AssignHouseholds grid={grid} /> : null}
      >
        {households.length === 0 ? (
          <Empty
            data-testid="grid-card-no-households"
            description={
              mayWrite && grid.tier === 'small' ? t('grids.noHouseholdsHint') : t('grids.noHouseholds')
            }
          />
        ) : (
          <List
            size="small"
            dataSource={households}
            renderItem={(h) => (
              <List.Item
                actions={
                  mayVisit
                    ? [
                        // 入户走访 (visits, visit part): straight from the grid worker's households.
                        <Link
                          key="visit"
                          to={`/visits/new?householdId=${h.id}`}
                          style={{ textDecoration: 'underline' }}
                          data-testid="grid-household-visit"
                          aria-label={`${t('visitsVisit.start')} ${h.headName ?? h.householdNo}`}
                        >
                          {t('visitsVisit.start')}
                        </Link>,
                      ]
                    : undefined
                }
              >
                <span>
                  {t('grids.householdNo')} {h.householdNo}
                </span>
                <span>
                  {t('grids.headName')}：{h.headName ?? '—'}
                </span>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
