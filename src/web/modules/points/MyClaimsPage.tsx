import { Empty, Flex, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus, ClaimView } from '../../../contracts/api/points';
import { useErrorText } from '../../app/errors';
import { MyClaimCard } from './MyClaimCard';
import { useClaims } from './queries';

const FILTERS = ['all', 'returned', 'pending', 'draft', 'approved'] as const;

/** 我的申报: the claims I proposed, newest first; returned ones show why, waiting ones take photos. */
export default function MyClaimsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('all');
  const [page, setPage] = useState(1);
  const claims = useClaims({
    mine: true,
    status: status === 'all' ? undefined : (status as ClaimStatus),
    page,
    pageSize: 10,
  });
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('points.nav.mine')}
      </Typography.Title>
      <Segmented
        value={status}
        aria-label={t('points.mine.filter')}
        options={FILTERS.map((f) => ({
          value: f,
          label: f === 'all' ? t('points.all') : t(`points.status.${f}`),
        }))}
        onChange={(v) => {
          setStatus(v as (typeof FILTERS)[number]);
          setPage(1);
        }}
        data-testid="my-claims-filter"
        style={{ overflowX: 'auto', maxWidth: '100%' }}
      />
      {claims.isError && <Typography.Text type="danger">{errorText(claims.error)}</Typography.Text>}
      <List<ClaimView>
        loading={claims.isFetching}
        dataSource={claims.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('points.mine.empty')} /> }}
        renderItem={(claim) => (
          <List.Item style={{ paddingInline: 0 }}>
            <div style={{ width: '100%' }}>
              <MyClaimCard claim={claim} />
            </div>
          </List.Item>
        )}
        pagination={{
          current: page,
          pageSize: 10,
          total: claims.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </Flex>
  );
}
