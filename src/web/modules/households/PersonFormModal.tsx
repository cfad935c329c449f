import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import type { Coded, labourCapacity, leftBehind, relation } from '../../../contracts/registry/enums';
import { useFormModal } from '../../app/components/use-form-modal';
import { type Ethnicity, householdsApi } from './api';
import { PersonFields } from './PersonFields';
import { householdsKey } from './queries';
import { orNull } from './rules';

type Values = {
  name: string;
  relation?: string;
  idNumber?: string;
  ethnicity?: Ethnicity;
  phone?: string;
  labour?: string | null;
  leftBehind?: string | null;
};

/** 添加成员 to a household, or 修改成员 (blank ID number / phone keep the stored values). */
export function PersonFormModal({
  householdId,
  person,
  onClose,
}: {
  householdId: string;
  person?: Person;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isHead = person?.relation === 'head';
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const common = {
        name: v.name.trim(),
        ethnicity: v.ethnicity ?? '01',
        labour: (v.labour ?? null) as Coded<typeof labourCapacity> | null,
        leftBehind: (v.leftBehind ?? null) as Coded<typeof leftBehind> | null,
      };
      return person
        ? householdsApi.updatePerson(person.id, {
            ...common,
            ...(isHead ? {} : { relation: v.relation as Coded<typeof relation> }),
            ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim().toUpperCase() } : {}),
            ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
          })
        : householdsApi.createPerson({
            ...common,
            householdId,
            relation: v.relation as Coded<typeof relation>,
            idNumber: (v.idNumber ?? '').trim().toUpperCase(),
            phone: orNull(v.phone),
          });
    },
    success: t('households.saved'),
    invalidate: [householdsKey],
    onClose,
  });

  return (
    <Modal
      open
      title={person ? `${t('households.editPerson')} · ${person.name}` : t('households.addPerson')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'person-form-submit' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="person-form"
        initialValues={
          person
            ? {
                name: person.name,
                relation: person.relation,
                ethnicity: person.ethnicity,
                labour: person.labour ?? undefined,
                leftBehind: person.leftBehind ?? undefined,
              }
            : { ethnicity: '01' }
        }
      >
        <PersonFields withRelation={!isHead} existing={person} />
      </Form>
    </Modal>
  );
}
