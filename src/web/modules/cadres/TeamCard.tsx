import { Button, Flex, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddTeamMemberBody, WorkTeam } from '../../../contracts/api/cadres';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { sendingLevel, teamRole } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RosterCard } from '../../app/components/RosterCard';
import { useCoded } from '../../app/components/use-coded';
import { useFormModal } from '../../app/components/use-form-modal';
import { cadresApi } from './api';
import { CreateTeamModal } from './CreateTeamModal';
import { EditMemberModal } from './EditMemberModal';
import { cadresKey, useRemoveMember } from './queries';

/** One 驻村工作队 with its members; members are added inline, edited in a dialog and leave with confirmation. */
export function TeamCard({ team, mayWrite }: { team: WorkTeam; mayWrite: boolean }) {
  const { t } = useTranslation();
  const coded = useCoded();
  const remove = useRemoveMember();
  const [editingTeam, setEditingTeam] = useState(false);
  const [editingMember, setEditingMember] = useState<WorkTeam['members'][number] | null>(null);
  const { form, pending, submit } = useFormModal<AddTeamMemberBody>({
    mutationFn: (v) => cadresApi.addMember(team.id, { ...v, phone: v.phone?.trim() || null }),
    invalidate: [cadresKey],
    onSuccess: () => form.resetFields(),
  });

  return (
    <>
      <RosterCard
        compact
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
        mayWrite={mayWrite}
        people={team.members}
        empty={t('cadres.noMembers')}
        line={(m) => (
          <>
            {m.name} <Tag>{coded.label(teamRole, m.role)}</Tag> {m.phoneMasked ?? ''} {m.sendingUnit}
          </>
        )}
        edit={{ label: t('common.edit'), onEdit: setEditingMember, testId: (m) => `member-edit-${m.id}` }}
        remove={{
          label: t('cadres.removeMember'),
          confirm: (m) => t('cadres.removeMemberConfirm', { name: m.name }),
          onRemove: (m) => remove.mutateAsync({ teamId: team.id, memberId: m.id }),
        }}
        add={{
          form,
          onFinish: submit,
          pending,
          label: t('cadres.addMember'),
          fields: (
            <>
              <Form.Item
                name="name"
                rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
              >
                <Input
                  placeholder={t('cadres.memberName')}
                  aria-label={t('cadres.memberName')}
                  maxLength={32}
                />
              </Form.Item>
              <Form.Item name="role" rules={[{ required: true, message: t('cadres.roleRequired') }]}>
                <CodedSelect
                  coded={teamRole}
                  placeholder={t('cadres.memberRole')}
                  aria-label={t('cadres.memberRole')}
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
            </>
          ),
        }}
      >
        <div style={{ marginBottom: 8 }}>
          {team.regionName} · {team.sendingUnit}
          {(team.startedOn || team.endedOn) &&
            ` · ${[team.startedOn, team.endedOn].filter(Boolean).join(' ~ ')}`}
        </div>
      </RosterCard>
      {editingTeam && <CreateTeamModal team={team} onClose={() => setEditingTeam(false)} />}
      {editingMember && (
        <EditMemberModal team={team} member={editingMember} onClose={() => setEditingMember(null)} />
      )}
    </>
  );
}
