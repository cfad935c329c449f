import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../app/api';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useIsMobile } from '../../../app/layout/use-is-mobile';

export interface Drill<T> {
  /** What the figure is (「平马镇 五星」), for the title. */
  what: string;
  key: unknown[];
  fetch: (paging: { page: number; pageSize: number }) => Promise<Page<T>>;
  columns: ColumnsType<T>;
  phoneColumns: string[];
}

/** 下钻: the villages behind one figure of a report, paged. */
export function VillagesDrawer<T extends object>({
  drill,
  onClose,
}: {
  drill: Drill<T>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const list = useQuery({
    queryKey: ['assess', 'reports', 'drill', ...drill.key, page],
    queryFn: () => drill.fetch({ page, pageSize }),
  });
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 640}
      title={t('assessReports.drill.title', { what: drill.what })}
      data-testid="assess-report-drill"
    >
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<T>
        rowKey={(r) => String((r as { id?: string }).id ?? (r as { regionCode: string }).regionCode)}
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('assessReports.none')} /> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        phoneColumns={drill.phoneColumns}
        columns={drill.columns}
      />
    </Drawer>
  );
}
