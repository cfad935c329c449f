import { MinusCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AUDIENCES } from '../../../contracts/api/study';
import { DateField } from '../../app/components/DateField';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { useDebounced } from '../../app/use-debounced';
import { KEY, studyApi, type TestBody, type TestDetail, useCategories, useQuestions } from './api';

// 组织考试: title, audience (optionally one township or village), fixed questions from the bank
// and/or random questions per category, points, pass mark, window, attempts, optional time limit.
// Saved as a draft; published from the test's page.

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export function TestFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useCategories();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useQuestions({ q: q || undefined, pageSize: 50, status: 'active' });
  const { form, pending, submit } = useFormModal<TestBody, TestDetail>({
    mutationFn: (v) =>
      studyApi.createTest({
        ...v,
        questionIds: v.questionIds ?? [],
        picks: v.picks ?? [],
        audienceRegionCode: v.audienceRegionCode || null,
      }),
    success: t('study.form.created'),
    invalidate: [[KEY]],
    onSuccess: (test) => navigate(`/study-tests/${test.id}`),
    onClose,
  });
  return (
    <Modal
      open
      title={t('study.form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okText={t('common.save')}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          audience: 'members',
          scorePerQuestion: 10,
          passMark: 60,
          opensOn: today(),
          attemptsAllowed: 1,
          questionIds: [],
          picks: [],
        }}
      >
        <Form.Item
          name="title"
          label={t('study.tests.name')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={60} data-testid="test-title" />
        </Form.Item>
        <Form.Item name="description" label={t('study.form.description')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="audience" label={t('study.tests.audience')}>
          <Radio.Group
            optionType="button"
            options={AUDIENCES.map((a) => ({ value: a, label: t(`study.tests.audiences.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="audienceRegionCode" label={t('study.form.audienceRegion')}>
          <RegionPicker allowedLevels={['township', 'village']} />
        </Form.Item>
        <Form.Item name="questionIds" label={t('study.form.fixed')}>
          <Select
            mode="multiple"
            showSearch
            filterOption={false}
            onSearch={setSearch}
            placeholder={t('study.form.fixedPlaceholder')}
            options={(found.data?.items ?? []).map((x) => ({
              value: x.id,
              label: `${x.stem}（${x.category}）`,
            }))}
            data-testid="test-questions"
          />
        </Form.Item>
        <Form.Item label={t('study.form.picks')} style={{ marginBottom: 8 }}>
          <Form.List name="picks">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline" wrap>
                    <Form.Item
                      name={[field.name, 'category']}
                      rules={[{ required: true, message: t('common.required') }]}
                      style={{ minWidth: 180, flex: 1, marginBottom: 4 }}
                    >
                      <Select
                        aria-label={t('study.form.pickCategory')}
                        data-testid="pick-category"
                        options={(categories.data?.items ?? []).map((c) => ({
                          value: c.category,
                          label: t('study.form.available', { category: c.category, count: c.active }),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'count']}
                      rules={[{ required: true, message: t('common.required') }]}
                      style={{ marginBottom: 4 }}
                    >
                      <InputNumber
                        min={1}
                        max={100}
                        aria-label={t('study.form.pickCount')}
                        data-testid="pick-count"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t('common.close')}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  onClick={() => add({ count: 5 })}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid="pick-add"
                >
                  {t('study.form.addPick')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="scorePerQuestion"
            label={t('study.form.scorePerQuestion')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="passMark" label={t('study.tests.passMark')} rules={[{ required: true }]}>
            <InputNumber min={0} data-testid="test-pass-mark" />
          </Form.Item>
          <Form.Item name="attemptsAllowed" label={t('study.form.attemptsAllowed')}>
            <InputNumber min={1} max={10} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <DateField name="opensOn" label={t('study.form.opensOn')} required />
          <DateField name="closesOn" label={t('study.form.closesOn')} required testId="test-closes" />
        </Flex>
        <Form.Item name="timeLimitMinutes" label={t('study.form.timeLimit')}>
          <InputNumber min={5} max={240} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
