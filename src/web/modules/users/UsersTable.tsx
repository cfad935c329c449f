import { Button, Empty, type TableColumnsType, type TableProps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';
import { canManageRole } from '../../../contracts/roles';
import type { ListUsersQuery, Page } from '../../app/api';
import { useCurrentUser } from '../../app/auth';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useLabels } from '../../app/labels';
import { PhoneCell } from './PhoneCell';
import { StatusTags } from './StatusTags';

export type SortField = NonNullable<ListUsersQuery['sort']>;
type Props = {
  data?: Page<User>;
  loading: boolean;
  sort: SortField;
  order: 'asc' | 'desc';
  filtered: boolean;
  onChange: (next: { page: number; pageSize: number; sort: SortField; order: 'asc' | 'desc' }) => void;
  onEdit: (user: User) => void;
  onReveal: (user: User) => void;
};

export function UsersTable({ data, loading, sort, order, filtered, onChange, onEdit, onReveal }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useCurrentUser();
  const sortOrder = (field: SortField) => (sort === field ? (order === 'asc' ? 'ascend' : 'descend') : null);

  const columns: TableColumnsType<User> = [
    {
      key: 'username',
      dataIndex: 'username',
      title: t('users.username'),
      sorter: true,
      sortOrder: sortOrder('username'),
    },
    {
      key: 'displayName',
      dataIndex: 'displayName',
      title: t('users.displayName'),
      sorter: true,
      sortOrder: sortOrder('displayName'),
    },
    {
      key: 'role',
      title: t('users.role'),
      sorter: true,
      sortOrder: sortOrder('role'),
      render: (_, u) => labels.role(u.role),
    },
    { key: 'scope', title: t('users.scope'), render: (_, u) => u.scopeName },
    {
      key: 'department',
      title: t('users.department'),
      render: (_, u) => labels.department(u.department) || '—',
    },
    { key: 'phone', title: t('users.phone'), render: (_, u) => <PhoneCell user={u} onReveal={onReveal} /> },
    { key: 'status', title: t('users.status'), render: (_, u) => <StatusTags user={u} /> },
    {
      key: 'createdAt',
      title: t('users.createdAt'),
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      render: (_, u) => dayjs(u.createdAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, u) =>
        canManageRole(me.role, u.role) && u.id !== me.id ? (
          <Button type="link" size="small" onClick={() => onEdit(u)} data-testid={`user-edit-${u.username}`}>
            {t('common.edit')}
          </Button>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  const handleChange: TableProps<User>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = (s?.order ? s.columnKey : undefined) as SortField | undefined;
    onChange({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? 20,
      sort: field ?? 'createdAt',
      order: field ? (s.order === 'ascend' ? 'asc' : 'desc') : 'desc',
    });
  };

  return (
    <ResponsiveTable<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      onChange={handleChange}
      scroll={{ x: 'max-content' }}
      data-testid="users-table"
      locale={{
        emptyText: <Empty description={filtered ? t('users.emptyFiltered') : t('users.empty')} />,
      }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { total }),
      }}
    />
  );
}
