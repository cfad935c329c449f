import { DeleteOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import { labourCapacity, leftBehind, relation } from '../../../contracts/registry/enums';
import { ethnicityName } from '../../../contracts/registry/ethnicities';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import type { PiiField } from './api';
import { PiiCell } from './PiiCell';
import { useDeletePerson } from './queries';

type Props = {
  members: Person[];
  editable: boolean;
  onEdit: (p: Person) => void;
  onMove: (p: Person) => void;
  onDeleted: (p: Person) => void;
  onReveal: (p: Person, field: PiiField) => void;
};

/** 家庭成员 of one household, head first, with edit / move / delete for writers. */
export function MembersTable({ members, editable, onEdit, onMove, onDeleted, onReveal }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const remove = useDeletePerson();
  const sorted = [...members].sort((a, b) => Number(b.relation === 'head') - Number(a.relation === 'head'));

  return (
    <ResponsiveTable<Person>
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      pagination={false}
      dataSource={sorted}
      data-testid="profile-members"
      columns={[
        { key: 'name', title: t('households.name'), render: (_, p) => <b>{p.name}</b> },
        {
          key: 'relation',
          title: t('households.relation'),
          render: (_, p) => coded.label(relation, p.relation),
        },
        {
          key: 'sex',
          title: t('households.sex'),
          render: (_, p) =>
            p.sex === 'male' ? t('households.male') : p.sex === 'female' ? t('households.female') : '',
        },
        { key: 'birthDate', title: t('households.birthDate'), render: (_, p) => p.birthDate ?? '—' },
        {
          key: 'idNumber',
          title: t('households.idNumber'),
          render: (_, p) => <PiiCell person={p} field="idNumber" onReveal={onReveal} />,
        },
        {
          key: 'phone',
          title: t('households.phone'),
          render: (_, p) => <PiiCell person={p} field="phone" onReveal={onReveal} />,
        },
        { key: 'ethnicity', title: t('households.ethnicity'), render: (_, p) => ethnicityName(p.ethnicity) },
        {
          key: 'labour',
          title: t('households.labour'),
          render: (_, p) => coded.label(labourCapacity, p.labour),
        },
        {
          key: 'leftBehind',
          title: t('households.leftBehind'),
          render: (_, p) => coded.label(leftBehind, p.leftBehind),
        },
        ...(editable
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, p: Person) => {
                  const head = p.relation === 'head';
                  return (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => onEdit(p)}
                        aria-label={`${t('households.editPerson')} ${p.name}`}
                        data-testid={`person-edit-${p.id}`}
                      />
                      <Tooltip title={head ? t('households.headCannotLeave') : t('households.movePerson')}>
                        <Button
                          type="link"
                          size="small"
                          icon={<SwapOutlined />}
                          disabled={head}
                          onClick={() => onMove(p)}
                          aria-label={`${t('households.movePerson')} ${p.name}`}
                        />
                      </Tooltip>
                      {head ? (
                        <Tooltip title={t('households.headCannotLeave')}>
                          <Button type="link" size="small" danger disabled icon={<DeleteOutlined />} />
                        </Tooltip>
                      ) : (
                        <Popconfirm
                          title={t('households.deletePersonConfirm')}
                          okButtonProps={{ danger: true, loading: remove.isPending }}
                          onConfirm={() =>
                            remove.mutateAsync(p.id).then(
                              () => onDeleted(p),
                              (error) => message.error(errorText(error)),
                            )
                          }
                        >
                          <Button
                            type="link"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t('households.deletePerson')} ${p.name}`}
                            data-testid={`person-delete-${p.id}`}
                          />
                        </Popconfirm>
                      )}
                    </Space>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}
