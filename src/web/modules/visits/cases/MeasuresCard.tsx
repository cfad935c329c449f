import { App, Button, Card, Empty, Flex, Form, Input, List, Popconfirm, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { type CaseDetail, casesApi } from './api';
import { MEASURE_CODES } from './codes';

// 帮扶措施: the case's measures; the county or the village adds and removes them from the approval on.

export function MeasuresCard({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      onChanged();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Card size="small" title={t('visitsCases.measures')}>
      <List
        dataSource={detail.measures}
        locale={{ emptyText: <Empty description={t('visitsCases.noMeasures')} /> }}
        renderItem={(m) => (
          <List.Item
            actions={
              detail.mayEditMeasures
                ? [
                    <Popconfirm
                      key="del"
                      title={t('visitsCases.delete')}
                      onConfirm={() => run(() => casesApi.removeMeasure(detail.id, m.id))}
                    >
                      <Button size="small" danger>
                        {t('visitsCases.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={t(`visitsCases.measureKinds.${m.kind}`, { defaultValue: m.kind })}
              description={`${m.description}（${m.startedOn}${m.endedOn ? ` — ${m.endedOn}` : ' 起'}）`}
            />
          </List.Item>
        )}
      />
      {detail.mayEditMeasures && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            run(async () => {
              await casesApi.addMeasure(detail.id, v);
              form.resetFields();
            })
          }
        >
          <Flex wrap gap={8} align="end">
            <Form.Item
              name="kind"
              label={t('visitsCases.kind')}
              rules={[{ required: true, message: '请选择措施类别' }]}
            >
              <Select
                style={{ width: 170 }}
                options={MEASURE_CODES.map((c) => ({ value: c, label: t(`visitsCases.measureKinds.${c}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('visitsCases.description')}
              rules={[{ required: true, message: '请填写措施内容' }]}
              style={{ flex: 1, minWidth: 200 }}
            >
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item
              name="startedOn"
              label={t('visitsCases.startedOn')}
              rules={[{ required: true, message: '请填写开始日期' }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" data-testid="measure-add">
                {t('visitsCases.addMeasure')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
