import { Form, type FormInstance, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { levelOfCode } from '../../../contracts/region-code';
import {
  canManageRole,
  DEPARTMENTS,
  type Department,
  ROLE_SCOPE_LEVELS,
  ROLES,
  type Role,
} from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { PersonSelect } from '../../app/components/PersonSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useLabels } from '../../app/labels';

export type ProfileValues = {
  displayName: string;
  role: Role;
  scopeCode: string;
  department?: Department | null;
  phone?: string;
  personId?: string | null;
};

type Props = {
  form: FormInstance;
  scopeLabel?: string;
  phoneExtra?: ReactNode;
  phoneDisabled?: boolean;
  /** The linked person's name, for the edit drawer. */
  personLabel?: string | null;
};

/** Accounts that stand for one villager: their own record gives 我的积分 and 我的户. */
const PERSON_ROLES: readonly Role[] = ['party_member', 'villager'];

/** Name, role, scope, department and phone: the fields shared by the create modal and the edit drawer. */
export function UserProfileFields({ form, scopeLabel, phoneExtra, phoneDisabled, personLabel }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useCurrentUser();
  const role = Form.useWatch('role', form) as Role | undefined;
  const scopeLevels = role ? ROLE_SCOPE_LEVELS[role] : undefined;
  const roleOptions = ROLES.filter((r) => canManageRole(me.role, r)).map((r) => ({
    value: r,
    label: labels.role(r),
  }));

  return (
    <>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('users.displayNameRequired') },
          { max: 32, message: t('users.displayNameTooLong') },
        ]}
      >
        <Input maxLength={32} data-testid="user-form-displayName" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('users.role')}
        rules={[{ required: true, message: t('users.roleRequired') }]}
      >
        <Select options={roleOptions} data-testid="user-form-role" />
      </Form.Item>
      <Form.Item
        name="scopeCode"
        label={t('users.scope')}
        dependencies={['role']}
        extra={
          scopeLevels && t('users.scopeLevelInvalid', { levels: scopeLevels.map(labels.level).join('、') })
        }
        rules={[
          { required: true, message: t('users.scopeRequired') },
          {
            validator: async (_, code?: string) => {
              if (code && scopeLevels && !scopeLevels.includes(levelOfCode(code))) {
                throw new Error(
                  t('users.scopeLevelInvalid', { levels: scopeLevels.map(labels.level).join('、') }),
                );
              }
            },
          },
        ]}
      >
        <RegionPicker allowedLevels={scopeLevels} initialLabel={scopeLabel} data-testid="user-form-scope" />
      </Form.Item>
      {role === 'department' && (
        <Form.Item
          name="department"
          label={t('users.department')}
          rules={[{ required: true, message: t('users.departmentRequired') }]}
        >
          <Select
            options={DEPARTMENTS.map((d) => ({ value: d, label: labels.department(d) }))}
            data-testid="user-form-department"
          />
        </Form.Item>
      )}
      <Form.Item
        name="phone"
        label={t('users.phone')}
        extra={phoneExtra}
        rules={[{ pattern: PHONE_PATTERN, message: t('users.phoneInvalid') }]}
      >
        <Input
          inputMode="tel"
          maxLength={11}
          disabled={phoneDisabled}
          placeholder={t('users.optional')}
          data-testid="user-form-phone"
        />
      </Form.Item>
      {role && PERSON_ROLES.includes(role) && (
        <Form.Item name="personId" label={t('users.person')} extra={t('users.personHint')}>
          <PersonSelect allowClear initialLabel={personLabel} testId="user-form-person" />
        </Form.Item>
      )}
    </>
  );
}
