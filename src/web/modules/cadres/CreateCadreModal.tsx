import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cadre, CreateCadreBody } from '../../../contracts/api/cadres';
import { cadreBackground, cadreBody, cadrePost } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { DateRangeFields } from '../../app/components/DateField';
import { useFormModal } from '../../app/components/use-form-modal';
import { useDebounced } from '../../app/use-debounced';
import { cadresApi } from './api';
import { cadresKey } from './queries';

/**
 * Records a person's posts in the two committees (or the reserve-cadre flag); with `cadre`, edits
 * that record's posts, backgrounds, reserve flag and term (the person stays).
 */
export function CreateCadreModal({ onClose, cadre }: { onClose: () => void; cadre?: Cadre }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<CreateCadreBody>({
    mutationFn: (v) => {
      const body = { ...v, posts: v.posts ?? [], startedOn: v.startedOn || null, endedOn: v.endedOn || null };
      if (!cadre) return cadresApi.create(body);
      const { personId: _person, ...changes } = body;
      return cadresApi.update(cadre.id, changes);
    },
    success: t(cadre ? 'cadres.updated' : 'cadres.created'),
    invalidate: [cadresKey],
    onClose,
  });
  const [term, setTerm] = useState('');
  const q = useDebounced(term, 300);
  const persons = useQuery({
    queryKey: ['cadres', 'persons', q],
    queryFn: () => cadresApi.persons(q),
    enabled: q.length > 0,
  });

  return (
    <Modal
      open
      title={cadre ? t('cadres.edit', { name: cadre.name }) : t('cadres.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          cadre
            ? {
                personId: cadre.personId,
                posts: cadre.posts,
                backgrounds: cadre.backgrounds,
                isReserve: cadre.isReserve,
                startedOn: cadre.startedOn ?? undefined,
                endedOn: cadre.endedOn ?? undefined,
              }
            : { posts: [{}], isReserve: false, backgrounds: [] }
        }
      >
        <Form.Item
          name="personId"
          label={t('cadres.person')}
          rules={[{ required: true, message: t('cadres.personRequired') }]}
          hidden={Boolean(cadre)}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setTerm}
            placeholder={t('cadres.personSearch')}
            loading={persons.isFetching}
            options={(persons.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} ${p.idNumberMasked ?? ''}`,
            }))}
          />
        </Form.Item>
        <Form.List name="posts">
          {(fields, { add, remove }) => (
            <Form.Item label={t('cadres.posts')}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'body']}
                    rules={[{ required: true, message: t('common.required') }]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <CodedSelect placeholder={t('cadres.body')} coded={cadreBody} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'post']}
                    rules={[{ required: true, message: t('common.required') }]}
                    style={{ flex: '1 1 100px' }}
                  >
                    <CodedSelect placeholder={t('cadres.post')} coded={cadrePost} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="remove" />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('cadres.addPost')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="backgrounds" label={t('cadres.backgrounds')}>
          <CodedSelect mode="multiple" coded={cadreBackground} />
        </Form.Item>
        <Form.Item name="isReserve" label={t('cadres.reserve')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <DateRangeFields
          start={{ name: 'startedOn', label: t('cadres.startedOn') }}
          end={{ name: 'endedOn', label: t('cadres.endedOn') }}
        />
      </Form>
    </Modal>
  );
}
