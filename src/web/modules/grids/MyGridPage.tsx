import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { call, client } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { gridsKey } from './queries';

/**
 * 我的网格: the grid worker's own grid(s). With one grid it opens that grid's card (its households,
 * each a tap from 一户一档); with several it lists them; with none it says whom to ask.
 */
export default function MyGridPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mine = useQuery({
    queryKey: [...gridsKey, 'mine'],
    queryFn: () => call(client.GET('/api/grids/mine')),
  });
  if (mine.isError) return <Typography.Paragraph type="danger">{errorText(mine.error)}</Typography.Paragraph>;
  if (!mine.data) return <Card loading />;
  const grids = mine.data.items;
  if (grids.length === 1) return <Navigate to={`/grids/${grids[0].id}`} replace />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('grids.mine.title')}
      </Typography.Title>
      {grids.length === 0 ? (
        <Card>
          <Empty description={t('grids.mine.none')} data-testid="my-grid-none">
            <Link to="/households">{t('grids.mine.allHouseholds')}</Link>
          </Empty>
        </Card>
      ) : (
        <List
          bordered
          dataSource={grids}
          renderItem={(g) => (
            <List.Item key={g.id}>
              <Link to={`/grids/${g.id}`} data-testid="my-grid-link">
                {g.name}（{g.code}）
              </Link>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
