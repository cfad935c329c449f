import { App, Button, Card, Empty, Flex, Form, Input, List, Popconfirm, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddTeamMemberBody, WorkTeam } from '../../../contracts/api/cadres';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { sendingLevel, teamRole } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { CreateTeamModal } from './CreateTeamModal';
import { EditMemberModal } from './EditMemberModal';
import { useAddMember, useRemoveMember } from './queries';

/** One 驻村工作队 with its members; members are added inline, edited in a dialog and leave with confirmation. */
export function TeamCard({ team, mayWrite }: { team: WorkTeam; mayWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const add = useAddMember();
  const remove = useRemoveMember();
  const [form] = Form.useForm<AddTeamMemberBody>();
  const [editingTeam, setEditingTeam] = useState(false);
  const [editingMember, setEditingMember] = useState<WorkTeam['members'][number] | null>(null);
  const submit = (v: AddTeamMemberBody) =>
    add.mutate(
      { teamId: team.id, body: { ...v, phone: v.phone?.trim() || null } },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorText(error));
        },
      },
    );

  return (
    <Card
      size="small"
      title={team.name}
      extra={
        <Flex gap={4} align="center">
          <Tag>{coded.label(sendingLevel, team.sendingLevel)}</Tag>
          {mayWrite && (
            <Button
              type="link"
              size="small"
              onClick={() => setEditingTeam(true)}
              data-testid={`team-edit-${team.id}`}
            >
              {t('common.edit')}
            </Button>
          )}
        </Flex>
      }
    >
      <div style={{ marginBottom: 8 }}>
        {team.regionName} · {team.sendingUnit}
        {(team.startedOn || team.endedOn) &&
          ` · ${[team.startedOn, team.endedOn].filter(Boolean).join(' ~ ')}`}
      </div>
      {team.members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadres.noMembers')} />
      ) : (
        <List
          size="small"
          dataSource={team.members}
          renderItem={(m) => (
            <List.Item
              actions={
                mayWrite
                  ? [
                      <Button
                        key="edit"
                        type="link"
                        size="small"
                        onClick={() => setEditingMember(m)}
                        data-testid={`member-edit-${m.id}`}
                      >
                        {t('common.edit')}
                      </Button>,
                      <Popconfirm
                        key="leave"
                        title={t('cadres.removeMemberConfirm', { name: m.name })}
                        onConfirm={() =>
                          remove.mutate(
                            { teamId: team.id, memberId: m.id },
                            { onError: (e) => message.error(errorText(e)) },
                          )
                        }
                      >
                        <Button type="link" size="small" danger>
                          {t('cadres.removeMember')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              {m.name} <Tag>{coded.label(teamRole, m.role)}</Tag> {m.phoneMasked ?? ''} {m.sendingUnit}
            </List.Item>
          )}
        />
      )}
      {mayWrite && (
        <Form form={form} layout="inline" onFinish={submit} style={{ marginTop: 8, rowGap: 8 }}>
          <Form.Item
            name="name"
            rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
          >
            <Input placeholder={t('cadres.memberName')} aria-label={t('cadres.memberName')} maxLength={32} />
          </Form.Item>
          <Form.Item name="role" rules={[{ required: true, message: t('cadres.roleRequired') }]}>
            <Select
              placeholder={t('cadres.memberRole')}
              aria-label={t('cadres.memberRole')}
              options={coded.options(teamRole)}
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item name="phone" rules={[{ pattern: PHONE_PATTERN, message: t('cadres.phoneInvalid') }]}>
            <Input
              placeholder={t('cadres.phone')}
              aria-label={t('cadres.phone')}
              inputMode="tel"
              maxLength={11}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('cadres.addMember')}
          </Button>
        </Form>
      )}
      {editingTeam && <CreateTeamModal team={team} onClose={() => setEditingTeam(false)} />}
      {editingMember && (
        <EditMemberModal team={team} member={editingMember} onClose={() => setEditingMember(null)} />
      )}
    </Card>
  );
}
