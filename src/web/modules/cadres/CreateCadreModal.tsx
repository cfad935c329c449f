import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cadre, CreateCadreBody } from '../../../contracts/api/cadres';
import { cadreBackground, cadreBody, cadrePost } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useDebounced } from '../../app/use-debounced';
import { cadresApi } from './api';
import { useCreateCadre, useUpdateCadre } from './queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Records a person's posts in the two committees (or the reserve-cadre flag); with `cadre`, edits
 * that record's posts, backgrounds, reserve flag and term (the person stays).
 */
export function CreateCadreModal({ onClose, cadre }: { onClose: () => void; cadre?: Cadre }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [form] = Form.useForm<CreateCadreBody>();
  const create = useCreateCadre();
  const update = useUpdateCadre();
  const saving = create.isPending || update.isPending;
  const [term, setTerm] = useState('');
  const q = useDebounced(term, 300);
  const persons = useQuery({
    queryKey: ['cadres', 'persons', q],
    queryFn: () => cadresApi.persons(q),
    enabled: q.length > 0,
  });

  const handlers = {
    onSuccess: () => {
      message.success(t(cadre ? 'cadres.updated' : 'cadres.created'));
      onClose();
    },
    onError: (error: Error) => {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    },
  };
  const submit = (v: CreateCadreBody) => {
    const body = { ...v, posts: v.posts ?? [], startedOn: v.startedOn || null, endedOn: v.endedOn || null };
    if (!cadre) return create.mutate(body, handlers);
    const { personId: _person, ...changes } = body;
    update.mutate({ id: cadre.id, body: changes }, handlers);
  };
  const dateRule = { pattern: DATE, message: t('cadres.dateInvalid') };

  return (
    <Modal
      open
      title={cadre ? t('cadres.edit', { name: cadre.name }) : t('cadres.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
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
                    <Select placeholder={t('cadres.body')} options={coded.options(cadreBody)} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'post']}
                    rules={[{ required: true, message: t('common.required') }]}
                    style={{ flex: '1 1 100px' }}
                  >
                    <Select placeholder={t('cadres.post')} options={coded.options(cadrePost)} />
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
          <Select mode="multiple" options={coded.options(cadreBackground)} />
        </Form.Item>
        <Form.Item name="isReserve" label={t('cadres.reserve')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="startedOn"
            label={t('cadres.startedOn')}
            rules={[dateRule]}
            style={{ flex: '1 1 140px' }}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="endedOn"
            label={t('cadres.endedOn')}
            rules={[dateRule]}
            style={{ flex: '1 1 140px' }}
          >
            <Input type="date" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
