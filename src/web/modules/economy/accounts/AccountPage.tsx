import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Result,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { econAccountsApi, type LineView, useAccount, useAccountsMutation } from './api';
import { LineFormModal } from './LineFormModal';
import { formatYuan } from './money';
import { TierTag } from './TierTag';

// 一本年度台账: its sums and tier, and the lines editor (add, edit, delete), usable on a phone.

export default function AccountPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { accountId = '' } = useParams();
  const account = useAccount(accountId);
  const mayKeep = can(me.role, 'economy.accounts');
  const [editing, setEditing] = useState<LineView | 'new' | null>(null);
  const fail = (e: unknown) => message.error(errorText(e));
  const removeLine = useAccountsMutation((id: string) => econAccountsApi.removeLine(id));
  const removeAccount = useAccountsMutation(() => econAccountsApi.remove(accountId));
  const saveNote = useAccountsMutation((note: string) =>
    econAccountsApi.patch(accountId, note.trim() || null),
  );

  if (account.isError) return <Result status="404" subTitle={errorText(account.error)} />;
  const a = account.data;
  if (!a) return <Spin />;

  const columns: ColumnsType<LineView> = [
    {
      key: 'item',
      title: t('econAccounts.detail.item'),
      render: (_, l) => (
        <Flex vertical gap={2}>
          <span>
            {l.item} {l.contracting && <Tag>{t('econAccounts.detail.tagged')}</Tag>}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('econAccounts.quarterly.quarterN', { n: l.quarter })} · {l.code} · {formatYuan(l.amountFen)}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'quarter', title: t('econAccounts.detail.quarter'), render: (_, l) => l.quarter },
    {
      key: 'code',
      title: t('econAccounts.detail.code'),
      render: (_, l) => t(`econAccounts.codes.${l.code}`),
    },
    {
      key: 'amount',
      title: t('econAccounts.detail.amount'),
      align: 'right',
      render: (_, l) => formatYuan(l.amountFen),
    },
    { key: 'note', title: t('econAccounts.detail.note'), render: (_, l) => l.note ?? '—' },
    {
      key: 'actions',
      title: t('econAccounts.cols.actions'),
      render: (_, l) =>
        mayKeep && (
          <Flex gap={4} wrap>
            <Button size="small" onClick={() => setEditing(l)} data-testid="line-edit">
              {t('econAccounts.detail.edit')}
            </Button>
            <Popconfirm
              title={t('econAccounts.detail.deleteAsk')}
              onConfirm={() =>
                removeLine.mutate(l.id, {
                  onSuccess: () => message.success(t('econAccounts.detail.deleted')),
                  onError: fail,
                })
              }
            >
              <Button size="small" danger data-testid="line-delete">
                {t('econAccounts.detail.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Link to="/economy-accounts" style={{ textDecoration: 'underline' }}>
        {t('econAccounts.detail.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {a.villageName} · {a.year}
      </Typography.Title>
      <Card size="small" title={t('econAccounts.detail.sums')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 4 }}
          items={[
            { key: 'township', label: t('econAccounts.cols.township'), children: a.townshipName },
            {
              key: 'operating',
              label: t('econAccounts.cols.operating'),
              children: formatYuan(a.operatingFen),
            },
            { key: 'total', label: t('econAccounts.cols.total'), children: formatYuan(a.totalFen) },
            {
              key: 'contracting',
              label: t('econAccounts.cols.contracting'),
              children: formatYuan(a.contractingFen),
            },
            {
              key: 'band',
              label: t('econAccounts.cols.band'),
              children: <TierTag code={a.bandCode} label={a.bandLabel} />,
            },
            {
              key: 'note',
              label: t('econAccounts.note'),
              children: (
                <Typography.Paragraph
                  style={{ margin: 0 }}
                  editable={
                    mayKeep
                      ? {
                          tooltip: t('econAccounts.detail.editNote'),
                          onChange: (note) => saveNote.mutate(note, { onError: fail }),
                        }
                      : false
                  }
                >
                  {a.note ?? ''}
                </Typography.Paragraph>
              ),
            },
          ]}
          data-testid="account-sums"
        />
      </Card>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('econAccounts.detail.lines')}
        </Typography.Title>
        {mayKeep && (
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="line-add"
            >
              {t('econAccounts.detail.addLine')}
            </Button>
            <Popconfirm
              title={t('econAccounts.detail.deleteAccountAsk')}
              disabled={a.lines.length > 0}
              onConfirm={() =>
                removeAccount.mutate(undefined, {
                  onSuccess: () => navigate('/economy-accounts'),
                  onError: fail,
                })
              }
            >
              <Button
                danger
                disabled={a.lines.length > 0}
                title={a.lines.length > 0 ? t('econAccounts.detail.deleteAccountBlocked') : undefined}
                data-testid="account-delete"
              >
                {t('econAccounts.detail.deleteAccount')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
      <ResponsiveTable<LineView>
        rowKey="id"
        size="small"
        columns={columns}
        phoneColumns={['item', 'actions']}
        dataSource={a.lines}
        locale={{ emptyText: <Empty description={t('econAccounts.detail.emptyLines')} /> }}
        pagination={a.lines.length > 50 ? { pageSize: 50 } : false}
        data-testid="lines-table"
      />
      {editing && (
        <LineFormModal
          accountId={a.id}
          year={a.year}
          line={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
