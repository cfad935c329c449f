import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import { type Coded, relation } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { useFormModal } from '../../app/components/use-form-modal';
import { useDebounced } from '../../app/use-debounced';
import { householdsApi } from './api';
import { householdsKey, useHouseholds } from './queries';

type Values = { householdId: string; relation: string; reason?: string };

/** 迁至他户: pick the target household by number or head name; the move is kept in the history. */
export function MovePersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) =>
      householdsApi.movePerson(person.id, {
        householdId: v.householdId,
        relation: v.relation as Coded<typeof relation>,
        reason: v.reason?.trim() || undefined,
      }),
    success: t('households.moved'),
    invalidate: [householdsKey],
    onClose,
  });
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const targets = useHouseholds({ q: q || undefined, page: 1, pageSize: 20 });
  const options = (targets.data?.items ?? [])
    .filter((h) => h.id !== person.householdId)
    .map((h) => ({
      value: h.id,
      label: `${h.householdNo} · ${h.headName ?? '—'} · ${h.regionName}`,
    }));

  return (
    <Modal
      open
      title={`${t('households.movePerson')} · ${person.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ relation: person.relation === 'head' ? 'other' : person.relation }}
      >
        <Form.Item
          name="householdId"
          label={t('households.targetHousehold')}
          rules={[{ required: true, message: t('households.targetHouseholdRequired') }]}
        >
          <Select
            showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
            placeholder={t('households.targetHouseholdPlaceholder')}
            loading={targets.isFetching}
            options={options}
          />
        </Form.Item>
        <Form.Item name="relation" label={t('households.newRelation')} rules={[{ required: true }]}>
          <CodedSelect coded={relation} exclude={['head']} />
        </Form.Item>
        <Form.Item name="reason" label={t('households.reason')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
