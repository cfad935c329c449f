import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Empty, Flex, List, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useErrorText } from '../../../app/errors';
import { alliancesApi, alliancesKey, useAlliance } from './api';
import { Yuan } from './IncomeCells';

// 成员村: the members with their income of the year, lead first; the organizer's side adds,
// marks the lead and removes.

export function AllianceMembersModal({
  allianceId,
  year,
  onClose,
}: {
  allianceId: string;
  year?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const detail = useAlliance(allianceId, year);
  const [village, setVillage] = useState<string>();
  const [lead, setLead] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await client.invalidateQueries({ queryKey: alliancesKey });
      return true;
    } catch (error) {
      message.error(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const a = detail.data;
  return (
    <Modal
      open
      title={a ? t('econPairings.membersTitle', { name: a.name }) : t('econPairings.members')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      {a?.editable && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <div style={{ width: 220, maxWidth: '100%' }}>
            <RegionPicker
              value={village}
              onChange={setVillage}
              allowedLevels={['village']}
              aria-label={t('econPairings.chooseVillage')}
              data-testid="alliance-member-village"
            />
          </div>
          <Checkbox checked={lead} onChange={(e) => setLead(e.target.checked)}>
            {t('econPairings.lead')}
          </Checkbox>
          <Button
            type="primary"
            disabled={!village}
            loading={busy}
            data-testid="alliance-member-add"
            onClick={async () => {
              if (
                village &&
                (await run(() => alliancesApi.addMember(allianceId, { regionCode: village, lead })))
              ) {
                setVillage(undefined);
                setLead(false);
              }
            }}
          >
            {t('econPairings.addMember')}
          </Button>
        </Flex>
      )}
      <List
        loading={detail.isLoading}
        dataSource={a?.members ?? []}
        locale={{ emptyText: <Empty description={t('econPairings.noMembers')} /> }}
        renderItem={(m) => (
          <List.Item
            actions={
              a?.editable
                ? [
                    <Button
                      key="lead"
                      size="small"
                      type="link"
                      onClick={() => run(() => alliancesApi.setLead(allianceId, m.regionCode, !m.lead))}
                    >
                      {m.lead ? t('econPairings.unsetLead') : t('econPairings.setLead')}
                    </Button>,
                    <Popconfirm
                      key="remove"
                      title={t('econPairings.removeMemberConfirm')}
                      okText={t('econPairings.removeMember')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => run(() => alliancesApi.removeMember(allianceId, m.regionCode))}
                    >
                      <Button size="small" type="link" danger>
                        {t('econPairings.removeMember')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2}>
              <span>
                {m.name} {m.lead && <Tag color="gold">{t('econPairings.lead')}</Tag>}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {a?.year}：{m.incomeFen === null ? t('econPairings.noAccount') : <Yuan fen={m.incomeFen} />}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Modal>
  );
}
