import { Card, Empty, Flex, List, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimView } from '../../../contracts/api/points';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import type { ClaimQuery } from './api';
import { ClaimCard } from './ClaimCard';
import { useClaims } from './queries';
import { SystemSwitch } from './shared';

/** 积分审核: the secretary's queue of pending claims, newest first; approve in one tap. */
export default function ReviewPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [query, setQuery] = useState<ClaimQuery>({ status: 'pending', page: 1, pageSize: 10 });
  const claims = useClaims(query);
  const mayDecide = can(me.role, 'points.approve');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('points.reviewTitle')}
      </Typography.Title>
      <Card size="small">
        <Flex wrap gap={8}>
          <SystemSwitch
            withAll
            value={query.system}
            onChange={(system) => setQuery((q) => ({ ...q, system, page: 1 }))}
          />
          <Select
            allowClear
            value={query.status}
            placeholder={t('points.allStatuses')}
            aria-label={t('points.statusLabel')}
            style={{ width: 140 }}
            data-testid="claims-status"
            options={(['pending', 'approved', 'returned'] as const).map((s) => ({
              value: s,
              label: t(`points.status.${s}`),
            }))}
            onChange={(status) => setQuery((q) => ({ ...q, status, page: 1 }))}
          />
        </Flex>
      </Card>
      {claims.isError && <Typography.Text type="danger">{errorText(claims.error)}</Typography.Text>}
      <List<ClaimView>
        loading={claims.isFetching}
        dataSource={claims.data?.items ?? []}
        grid={{ gutter: 12, xs: 1, sm: 1, md: 2, xl: 3 }}
        locale={{
          emptyText: (
            <Empty
              description={query.status === 'pending' ? t('points.emptyQueue') : t('points.emptyClaims')}
            />
          ),
        }}
        renderItem={(claim) => (
          <List.Item>
            <ClaimCard claim={claim} mayDecide={mayDecide} />
          </List.Item>
        )}
        pagination={{
          current: claims.data?.page ?? 1,
          pageSize: claims.data?.pageSize ?? 10,
          total: claims.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </Flex>
  );
}
