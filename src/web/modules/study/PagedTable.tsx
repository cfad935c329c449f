import { Empty } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';

// The study lists' table: paged on the server, with the total and an empty text.

export interface Paging {
  page?: number;
  pageSize?: number;
}

export function PagedTable<T extends object>(props: {
  rowKey: keyof T & string;
  columns: ColumnsType<T>;
  data?: { items: T[]; total: number };
  loading: boolean;
  empty: string;
  paging: Paging;
  onPage: (page: number, pageSize: number) => void;
  phoneColumns?: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable<T>
      rowKey={props.rowKey}
      columns={props.columns}
      phoneColumns={props.phoneColumns}
      dataSource={props.data?.items ?? []}
      loading={props.loading}
      locale={{ emptyText: <Empty description={props.empty} /> }}
      pagination={{
        current: props.paging.page,
        pageSize: props.paging.pageSize,
        total: props.data?.total ?? 0,
        showTotal: (total) => t('common.total', { total }),
        onChange: props.onPage,
      }}
    />
  );
}
