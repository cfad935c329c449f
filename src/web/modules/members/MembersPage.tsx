import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListMembersQuery, Member } from '../../../contracts/api/members';
import { memberStatus } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { CodedSelect } from '../../app/components/CodedSelect';
import { ExcelActions } from '../../app/components/excel/ExcelActions';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import { MemberDrawer } from './MemberDrawer';
import { NewMemberModal } from './MemberForms';
import { useMembers } from './queries';

export default function MembersPage() {
  const { t } = useTranslation();
  const coded = useCoded();
  const errorText = useErrorText();
  const [query, setQuery] = useState<Partial<ListMembersQuery>>({ page: 1, pageSize: 20 });
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const members = useMembers(query);
  const [open, setOpen] = useState<string | null>(null);
  const filtered = Boolean(query.q || query.status);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {can(me.role, 'members.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="member-create"
            >
              {t('members.create')}
            </Button>
          )}
          <ExcelActions
            registry="members"
            filters={{ q: query.q, status: query.status, orgId: query.orgId, regionCode: query.regionCode }}
            mayImport={can(me.role, 'members.write')}
          />
        </Flex>
      </Flex>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('members.searchPlaceholder')}
            aria-label={t('members.searchPlaceholder')}
            onSearch={(q) => setQuery((s) => ({ ...s, q: q.trim() || undefined, page: 1 }))}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <CodedSelect
            allowClear
            placeholder={t('members.allStatus')}
            aria-label={t('members.status')}
            coded={memberStatus}
            onChange={(status) => setQuery((s) => ({ ...s, status, page: 1 }))}
            style={{ width: 160, maxWidth: '100%' }}
          />
        </Flex>
        {members.isError && (
          <Typography.Paragraph type="danger">{errorText(members.error)}</Typography.Paragraph>
        )}
        <ResponsiveTable<Member>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={members.isFetching}
          dataSource={members.data?.items}
          locale={{ emptyText: filtered ? t('members.emptyFiltered') : t('members.empty') }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: members.data?.total,
            onChange: (page, pageSize) => setQuery((s) => ({ ...s, page, pageSize })),
          }}
          onChange={(_, __, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            setQuery((q) => ({ ...q, sort: 'joinedOn', order: s.order === 'ascend' ? 'asc' : 'desc' }));
          }}
          onRow={(m) => ({ onClick: () => setOpen(m.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('members.name'), dataIndex: 'name' },
            { title: t('members.org'), dataIndex: 'orgName' },
            {
              title: t('members.status'),
              dataIndex: 'status',
              render: (s: Member['status']) => (
                <Tag color={s === 'full' ? 'red' : 'orange'}>{coded.label(memberStatus, s)}</Tag>
              ),
            },
            { title: t('members.joinedOn'), dataIndex: 'joinedOn', sorter: true },
            { title: t('members.post'), dataIndex: 'post' },
          ]}
        />
      </Card>
      {open && <MemberDrawer memberId={open} onClose={() => setOpen(null)} />}
      {creating && <NewMemberModal onClose={() => setCreating(false)} />}
    </Space>
  );
}
