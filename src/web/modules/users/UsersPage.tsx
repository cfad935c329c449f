import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';
import { ROLES, type Role } from '../../../contracts/roles';
import { useErrorText } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { CreateUserModal } from './CreateUserModal';
import { EditUserDrawer } from './EditUserDrawer';
import { useUsers } from './queries';
import { RevealPhoneModal } from './RevealPhoneModal';
import { type SortField, UsersTable } from './UsersTable';

type ListState = {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
  sort: SortField;
  order: 'asc' | 'desc';
};

export default function UsersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const errorText = useErrorText();
  const [state, setState] = useState<ListState>({ page: 1, pageSize: 20, sort: 'createdAt', order: 'desc' });
  const users = useUsers(state);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [revealing, setRevealing] = useState<User | null>(null);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="user-create"
        >
          {t('users.create')}
        </Button>
      </Flex>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            onSearch={(q) => setState((s) => ({ ...s, q: q.trim() || undefined, page: 1 }))}
            style={{ width: 280, maxWidth: '100%' }}
            data-testid="user-search"
          />
          <Select<Role>
            allowClear
            placeholder={t('users.allRoles')}
            aria-label={t('users.role')}
            value={state.role}
            onChange={(role) => setState((s) => ({ ...s, role, page: 1 }))}
            options={ROLES.map((r) => ({ value: r, label: labels.role(r) }))}
            style={{ width: 200, maxWidth: '100%' }}
            data-testid="user-role-filter"
          />
        </Flex>
        {users.isError && <Typography.Paragraph type="danger">{errorText(users.error)}</Typography.Paragraph>}
        <UsersTable
          data={users.data}
          loading={users.isFetching}
          sort={state.sort}
          order={state.order}
          filtered={Boolean(state.q || state.role)}
          onChange={(next) => setState((s) => ({ ...s, ...next }))}
          onEdit={setEditing}
          onReveal={setRevealing}
        />
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      {editing && <EditUserDrawer user={editing} onClose={() => setEditing(null)} />}
      {revealing && <RevealPhoneModal user={revealing} onClose={() => setRevealing(null)} />}
    </Space>
  );
}
