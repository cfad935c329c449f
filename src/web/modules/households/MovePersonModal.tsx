import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import { type Coded, relation } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useDebounced } from '../../app/use-debounced';
import { useHouseholds, useMovePerson } from './queries';

type Values = { householdId: string; relation: string; reason?: string };

/** 迁至他户: pick the target household by number or head name; the move is kept in the history. */
export function MovePersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const targets = useHouseholds({ q: q || undefined, page: 1, pageSize: 20 });
  const move = useMovePerson();

  const save = async () => {
    const v = await form.validateFields();
    try {
      await move.mutateAsync({
        id: person.id,
        body: {
          householdId: v.householdId,
          relation: v.relation as Coded<typeof relation>,
          reason: v.reason?.trim() || undefined,
        },
      });
      message.success(t('households.moved'));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    }
  };

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
      onOk={save}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
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
          <Select options={coded.options(relation).filter((o) => o.value !== 'head')} />
        </Form.Item>
        <Form.Item name="reason" label={t('households.reason')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
