import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTACT_ACTION_CODES, type ContactAction } from '../../../../contracts/api/visits-contacts';
import { useErrorText } from '../../../app/errors';
import { beijingToday, contactsApi, useLeaders } from './api';

// 记录联系 on a phone, in a few taps: leader → contact → kind of contact → (date, today by
// default) → save; then the year's count of contacts with it, from the records.

const big = { minHeight: 44 } as const;

export default function LogContactPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const today = beijingToday();
  const leaders = useLeaders({});
  const [leaderKey, setLeaderKey] = useState<string | null>(null);
  const [contactId, setContactId] = useState<string | null>(null);
  const [action, setAction] = useState<ContactAction | null>(null);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<{ count: number; year: number } | null>(null);
  const mine = (leaders.data?.leaders ?? [])
    .map((l) => ({
      ...l,
      key: `${l.regionCode}-${l.leaderName}`,
      loggable: l.kinds.flatMap((k) => (k.contact?.loggable ? [k.contact] : [])),
    }))
    .filter((l) => l.loggable.length);
  const leader = mine.length === 1 ? mine[0] : mine.find((l) => l.key === leaderKey);
  const save = useMutation({
    mutationFn: () =>
      contactsApi.log(contactId!, { action: action!, happenedOn: date, note: note.trim() || null }),
    onSuccess: async () => {
      const fresh = await leaders.refetch();
      const contact = fresh.data?.leaders
        .flatMap((l) => l.kinds)
        .find((k) => k.contact?.id === contactId)?.contact;
      const count = contact ? Object.values(contact.counts).reduce((a, b) => a + b, 0) : 0;
      setSaved({ count, year: fresh.data?.year ?? Number(today.slice(0, 4)) });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const again = () => {
    setSaved(null);
    setAction(null);
    setNote('');
    setDate(today);
  };
  const choice = (selected: boolean) => (selected ? 'primary' : 'default');
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsContacts.quick.title')}
      </Typography.Title>
      {leaders.isLoading && <Spin />}
      {leaders.isError && <Typography.Text type="danger">{errorText(leaders.error)}</Typography.Text>}
      {leaders.data && !mine.length && <Empty description={t('visitsContacts.quick.none')} />}
      {saved ? (
        <Card>
          <Alert
            type="success"
            showIcon
            data-testid="log-saved"
            message={t('visitsContacts.quick.saved', saved)}
          />
          <Flex gap={8} wrap style={{ marginTop: 12 }}>
            <Button type="primary" style={big} onClick={again} data-testid="log-again">
              {t('visitsContacts.quick.again')}
            </Button>
            <Link to="/contacts">
              <Button style={big}>{t('visitsContacts.quick.back')}</Button>
            </Link>
          </Flex>
        </Card>
      ) : (
        mine.length > 0 && (
          <>
            {mine.length > 1 && (
              <Card size="small" title={t('visitsContacts.quick.leader')}>
                <Flex gap={8} wrap role="group" aria-label={t('visitsContacts.quick.leader')}>
                  {mine.map((l) => (
                    <Button
                      key={l.key}
                      style={big}
                      type={choice(l.key === leader?.key)}
                      aria-pressed={l.key === leader?.key}
                      onClick={() => {
                        setLeaderKey(l.key);
                        setContactId(null);
                      }}
                    >
                      {l.leaderName}
                    </Button>
                  ))}
                </Flex>
              </Card>
            )}
            {leader && (
              <Card size="small" title={t('visitsContacts.quick.contact')}>
                <Flex gap={8} wrap role="group" aria-label={t('visitsContacts.quick.contact')}>
                  {leader.loggable.map((c) => (
                    <Button
                      key={c.id}
                      style={big}
                      type={choice(c.id === contactId)}
                      aria-pressed={c.id === contactId}
                      onClick={() => setContactId(c.id)}
                      data-testid={`quick-contact-${c.id}`}
                    >
                      {t(`visitsContacts.kinds.${c.kind}`)}：{c.targetName}
                    </Button>
                  ))}
                </Flex>
              </Card>
            )}
            {contactId && (
              <Card size="small" title={t('visitsContacts.quick.action')}>
                <Flex gap={8} wrap role="group" aria-label={t('visitsContacts.quick.action')}>
                  {CONTACT_ACTION_CODES.map((a) => (
                    <Button
                      key={a}
                      style={big}
                      type={choice(a === action)}
                      aria-pressed={a === action}
                      onClick={() => setAction(a)}
                      data-testid={`quick-action-${a}`}
                    >
                      {t(`visitsContacts.actions.${a}`)}
                    </Button>
                  ))}
                </Flex>
                <Flex vertical gap={8} style={{ marginTop: 12 }}>
                  <label htmlFor="quick-date">{t('visitsContacts.quick.date')}</label>
                  <Input
                    id="quick-date"
                    type="date"
                    value={date}
                    max={today}
                    onChange={(e) => setDate(e.target.value)}
                  />
                  <label htmlFor="quick-note">{t('visitsContacts.quick.note')}</label>
                  <Input.TextArea
                    id="quick-note"
                    rows={2}
                    maxLength={500}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                  />
                  <Button
                    type="primary"
                    size="large"
                    block
                    disabled={!action || !date}
                    loading={save.isPending}
                    onClick={() => save.mutate()}
                    data-testid="quick-save"
                  >
                    {t('visitsContacts.quick.save')}
                  </Button>
                </Flex>
              </Card>
            )}
          </>
        )
      )}
    </Flex>
  );
}
