import { MobileOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CONTACT_ACTION_CODES } from '../../../../contracts/api/visits-contacts';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { useErrorText } from '../../../app/errors';
import { beijingToday, contactsApi, type LeaderContactView, type LeaderView, useLeaders } from './api';
import { type ContactDraft, ContactFormModal } from './ContactFormModal';
import { LogsModal } from './LogsModal';
import { useUndoableDelete } from './use-undoable-delete';

// 十联六常: one card per county leader with the eleven kinds (the contact kept, or 未确定 with an
// add button) and the six kinds of contact counted from the logs of the year.

type Dialog = { edit?: LeaderContactView; draft?: ContactDraft } | null;

function LeaderCard({
  leader,
  mayKeep,
  onAdd,
  onEdit,
  onLogs,
  onDelete,
}: {
  leader: LeaderView;
  mayKeep: boolean;
  onAdd: (draft: ContactDraft) => void;
  onEdit: (c: LeaderContactView) => void;
  onLogs: (c: LeaderContactView) => void;
  onDelete: (c: LeaderContactView) => void;
}) {
  const { t } = useTranslation();
  const missing = leader.missing.length;
  return (
    <Card
      size="small"
      data-testid={`leader-${leader.leaderName}`}
      title={
        <Flex gap={8} wrap align="center">
          <span>{leader.leaderName}</span>
          {leader.leaderTitle && <Typography.Text type="secondary">{leader.leaderTitle}</Typography.Text>}
          {missing > 0 ? (
            <Tag color="orange">{t('visitsContacts.leaders.missing', { count: missing })}</Tag>
          ) : (
            leader.kinds.every((k) => k.contact) && (
              <Tag color="green">{t('visitsContacts.leaders.complete')}</Tag>
            )
          )}
        </Flex>
      }
    >
      <Flex gap={6} wrap style={{ marginBottom: 8 }} data-testid={`leader-counts-${leader.leaderName}`}>
        {CONTACT_ACTION_CODES.map((a) => (
          <Tag key={a}>
            {t(`visitsContacts.actions.${a}`)} {leader.counts[a] ?? 0}
          </Tag>
        ))}
      </Flex>
      <Flex vertical gap={4}>
        {leader.kinds.map(({ kind, contact }) => (
          <Flex
            key={kind}
            gap={8}
            wrap
            align="center"
            style={{ borderTop: '1px solid rgba(0,0,0,0.06)', paddingTop: 4 }}
          >
            <Typography.Text strong style={{ minWidth: 96 }}>
              {t(`visitsContacts.kinds.${kind}`)}
            </Typography.Text>
            {contact ? (
              <>
                <span>{contact.targetName}</span>
                {contact.targetRegionName && contact.targetRegionName !== contact.targetName && (
                  <Typography.Text type="secondary">{contact.targetRegionName}</Typography.Text>
                )}
                {contact.lastOn && (
                  <Typography.Text type="secondary">
                    {t('visitsContacts.leaders.last', { date: contact.lastOn })}
                  </Typography.Text>
                )}
                <Button
                  size="small"
                  type="link"
                  onClick={() => onLogs(contact)}
                  data-testid={`logs-${contact.id}`}
                >
                  {t('visitsContacts.leaders.logs')}
                </Button>
                {contact.editable && (
                  <>
                    <Button size="small" type="link" onClick={() => onEdit(contact)}>
                      {t('visitsContacts.leaders.edit')}
                    </Button>
                    <Popconfirm
                      title={t('visitsContacts.leaders.deleteConfirm')}
                      okText={t('visitsContacts.leaders.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onDelete(contact)}
                    >
                      <Button size="small" type="link" danger>
                        {t('visitsContacts.leaders.delete')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </>
            ) : (
              <>
                <Typography.Text type="secondary">{t('visitsContacts.leaders.none')}</Typography.Text>
                {mayKeep && (
                  <Button
                    size="small"
                    type="link"
                    icon={<PlusOutlined />}
                    aria-label={`${t('visitsContacts.leaders.add')} ${t(`visitsContacts.kinds.${kind}`)}`}
                    onClick={() =>
                      onAdd({ leaderName: leader.leaderName, leaderTitle: leader.leaderTitle, kind })
                    }
                  />
                )}
              </>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

export function LeadersTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [logs, setLogs] = useState<LeaderContactView | null>(null);
  const year = Number(params.get('year') ?? beijingToday().slice(0, 4));
  const q = params.get('q') ?? undefined;
  const query = { year, q };
  const list = useLeaders(query);
  const mayKeep = me.role === 'county_admin';
  const remove = useUndoableDelete({
    remove: contactsApi.remove,
    restore: contactsApi.restore,
    deleted: t('visitsContacts.leaders.deleted'),
  });
  const set = (key: string, value: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const leaders = list.data?.leaders ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          aria-label={t('visitsContacts.leaders.year')}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          style={{ width: 100 }}
        />
        <Input.Search
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          placeholder={t('visitsContacts.leaders.search')}
          aria-label={t('visitsContacts.leaders.search')}
          defaultValue={q}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
        {mayKeep && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({})}
            data-testid="contact-add"
          >
            {t('visitsContacts.leaders.add')}
          </Button>
        )}
        <Link to="/contacts/log">
          <Button icon={<MobileOutlined />} data-testid="contact-log-page">
            {t('visitsContacts.leaders.logPage')}
          </Button>
        </Link>
        <ExportButton
          url={() => contactsApi.exportUrl(query)}
          testId="leaders-export"
          label={t('visitsContacts.leaders.export')}
        />
      </Flex>
      {list.data && !list.data.whole && (
        <Alert type="info" showIcon message={t('visitsContacts.leaders.partial')} />
      )}
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      {list.isLoading && <Spin />}
      {list.data && !leaders.length && <Empty description={t('visitsContacts.leaders.empty')} />}
      {leaders.map((leader) => (
        <LeaderCard
          key={`${leader.regionCode}-${leader.leaderName}`}
          leader={leader}
          mayKeep={mayKeep}
          onAdd={(draft) => setDialog({ draft })}
          onEdit={(edit) => setDialog({ edit })}
          onLogs={setLogs}
          onDelete={(c) => remove(c.id)}
        />
      ))}
      {dialog && (
        <ContactFormModal editing={dialog.edit} draft={dialog.draft} onClose={() => setDialog(null)} />
      )}
      {logs && <LogsModal contact={logs} onClose={() => setLogs(null)} />}
    </Flex>
  );
}
