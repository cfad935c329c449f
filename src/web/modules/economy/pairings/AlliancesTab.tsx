import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { AllianceFormModal } from './AllianceFormModal';
import { AllianceMembersModal } from './AllianceMembersModal';
import { type AllianceQuery, type AllianceView, alliancesApi, useAlliances } from './api';
import { Yuan } from './IncomeCells';
import { useUndoableDelete } from './use-undoable-delete';

// 产业联盟 list: name, industry, organizer, member count and the members' income of a year.

const LAST_YEAR = new Date().getFullYear() - 1;
const YEARS = Array.from({ length: 8 }, (_, i) => LAST_YEAR + 1 - i);

export function AlliancesTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<AllianceView | 'new' | null>(null);
  const [members, setMembers] = useState<string | null>(null);
  const query: AllianceQuery = {
    year: Number(params.get('year') ?? LAST_YEAR),
    q: params.get('aq') ?? undefined,
    page: Number(params.get('apage') ?? 1),
    pageSize: Number(params.get('apageSize') ?? 20),
  };
  const list = useAlliances(query);
  const remove = useUndoableDelete({
    remove: alliancesApi.remove,
    restore: alliancesApi.restore,
    deleted: t('econPairings.allianceDeleted'),
  });
  const set = (patch: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      if (!('apage' in patch)) next.delete('apage');
      return next;
    });
  return (
    <Card size="small">
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 120 }}
          aria-label={t('econPairings.incomeYear')}
          value={query.year}
          onChange={(v) => set({ year: v })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          placeholder={t('econPairings.searchAlliances')}
          aria-label={t('econPairings.searchAlliances')}
          defaultValue={query.q}
          onSearch={(v) => set({ aq: v.trim() || undefined })}
        />
        {can(me.role, 'economy.pairings') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="alliance-add"
          >
            {t('econPairings.addAlliance')}
          </Button>
        )}
      </Flex>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<AllianceView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econPairings.emptyAlliances')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => set({ apage: page, apageSize: pageSize }),
        }}
        columns={[
          { key: 'name', title: t('econPairings.allianceName'), dataIndex: 'name' },
          { key: 'industry', title: t('econPairings.industry'), dataIndex: 'industry' },
          { key: 'organizer', title: t('econPairings.organizer'), dataIndex: 'regionName' },
          { key: 'members', title: t('econPairings.memberCount'), dataIndex: 'memberCount' },
          {
            key: 'income',
            title: `${t('econPairings.totalIncome')}（${query.year}）`,
            render: (_, a) => <Yuan fen={a.totalIncomeFen} />,
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, a) => (
              <Flex gap={4} wrap>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setMembers(a.id)}
                  data-testid={`alliance-members-${a.id}`}
                >
                  {t('econPairings.manageMembers')}
                </Button>
                {a.editable && (
                  <>
                    <Button size="small" type="link" onClick={() => setEditing(a)}>
                      {t('common.edit')}
                    </Button>
                    <Popconfirm
                      title={t('econPairings.deleteAllianceConfirm')}
                      okText={t('econPairings.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove(a.id).catch((e) => message.error(errorText(e)))}
                    >
                      <Button size="small" type="link" danger>
                        {t('econPairings.delete')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {editing && (
        <AllianceFormModal
          editing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {members && (
        <AllianceMembersModal allianceId={members} year={query.year} onClose={() => setMembers(null)} />
      )}
    </Card>
  );
}
