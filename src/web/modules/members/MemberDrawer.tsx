import {
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  List,
  Popconfirm,
  Skeleton,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentStatus, memberStatus } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import { useIsMobile } from '../../app/layout/use-is-mobile';
import { TransferModal } from './MemberForms';
import { useMember, useRemoveContact } from './queries';

export function MemberDrawer({ memberId, onClose }: { memberId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const member = useMember(memberId);
  const remove = useRemoveContact();
  const [transferring, setTransferring] = useState(false);
  const m = member.data;
  return (
    <Drawer
      open
      onClose={onClose}
      title={m?.name ?? t('members.detail')}
      size={mobile ? '100%' : 480}
      data-testid="member-drawer"
    >
      {!m ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('members.org')}>{m.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('members.status')}>
              {coded.label(memberStatus, m.status)}
            </Descriptions.Item>
            <Descriptions.Item label={t('members.joinedOn')}>{m.joinedOn}</Descriptions.Item>
            <Descriptions.Item label={t('members.fullOn')}>{m.fullOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('members.post')}>
              {[m.post, m.postDuty].filter(Boolean).join('：') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('members.commitment')}>
              {m.commitment ? `${m.commitment}（${coded.label(commitmentStatus, m.commitmentStatus)}）` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('members.plaque')}>
              {m.plaque ? t('members.yes') : t('members.no')}
            </Descriptions.Item>
          </Descriptions>
          {m.warnings.map((w) => (
            <Typography.Paragraph key={w} type="warning">
              {w}
            </Typography.Paragraph>
          ))}
          <Typography.Title level={5}>{t('members.contacts')}</Typography.Title>
          <List
            size="small"
            dataSource={m.contacts}
            locale={{ emptyText: <Empty description={t('members.noContacts')} /> }}
            renderItem={(c) => (
              <List.Item
                actions={
                  can(me.role, 'members.write')
                    ? [
                        <Popconfirm
                          key="remove"
                          title={t('members.removeConfirm')}
                          okText={t('members.removeContact')}
                          cancelText={t('common.cancel')}
                          onConfirm={() =>
                            remove.mutate(
                              { memberId, contactId: c.id },
                              { onError: (e) => message.error(errorText(e)) },
                            )
                          }
                        >
                          <Button size="small" danger type="link">
                            {t('members.removeContact')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                {c.householdNo} {c.headName ?? ''}
              </List.Item>
            )}
          />
          <Flex justify="space-between" align="center">
            <Typography.Title level={5}>{t('members.transfers')}</Typography.Title>
            {can(me.role, 'members.write') && (
              <Button size="small" onClick={() => setTransferring(true)} data-testid="member-transfer">
                {t('members.transfer')}
              </Button>
            )}
          </Flex>
          {transferring && <TransferModal memberId={memberId} onClose={() => setTransferring(false)} />}
          {m.transfers.length === 0 ? (
            <Typography.Text type="secondary">{t('members.noTransfers')}</Typography.Text>
          ) : (
            <Timeline
              items={m.transfers.map((tr) => ({
                key: tr.id,
                children: `${tr.transferredOn} ${tr.fromOrgName} → ${tr.toOrgName}${tr.reason ? `（${tr.reason}）` : ''}`,
              }))}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
