import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  InputNumber,
  Modal,
  Result,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { ActivityCard } from './ActivityCard';
import { ActivityModal } from './ActivityModal';
import { pairingsApi, usePairing } from './api';
import { IncomeChange, Yuan } from './IncomeCells';
import { PairingFormModal } from './PairingFormModal';
import { PairingYears } from './PairingsTab';

// 结对详情: both villages, years and agreement, the weak village's income before and after, and
// the activities with their photos (recorded on a phone by the weak village's side).

export default function PairingPage() {
  const { pairingId = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const pairing = usePairing(pairingId);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endYear, setEndYear] = useState<number | null>(new Date().getFullYear());
  const back = (
    <Link to="/economy-pairings" style={{ textDecoration: 'underline' }}>
      {t('econPairings.back')}
    </Link>
  );
  if (pairing.isLoading) return <Spin />;
  if (!pairing.data)
    return (
      <Result
        status="404"
        title={t('econPairings.notFound')}
        subTitle={errorText(pairing.error)}
        extra={back}
      />
    );
  const p = pairing.data;
  const income = p.income;
  const end = async () => {
    if (!endYear) return;
    try {
      await pairingsApi.end(p.id, endYear);
      await pairing.refetch();
      message.success(t('econPairings.ended'));
      setEnding(false);
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Flex vertical gap={12}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.strongName} → {p.weakName}
        </Typography.Title>
        {p.editable && (
          <Flex gap={8} wrap>
            <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            {p.status === 'active' && (
              <Button onClick={() => setEnding(true)} data-testid="pairing-end">
                {t('econPairings.end')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
      {!p.editable && <Alert type="info" showIcon message={t('econPairings.readOnly')} />}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('econPairings.weak')}>{p.weakName}</Descriptions.Item>
          <Descriptions.Item label={t('econPairings.strong')}>{p.strongName}</Descriptions.Item>
          <Descriptions.Item label={t('econPairings.years')}>
            <PairingYears p={p} />
          </Descriptions.Item>
          <Descriptions.Item label={t('econPairings.status')}>
            <Tag color={p.status === 'active' ? 'blue' : undefined}>
              {t(`econPairings.statuses.${p.status}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('econPairings.agreement')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{p.agreement ?? t('econPairings.none')}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('econPairings.incomeTitle')}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('econPairings.incomeHint')}
        </Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }} data-testid="pairing-income">
          <Descriptions.Item
            label={`${t('econPairings.before')} · ${t('econPairings.beforeOf', { year: income.beforeYear })}`}
          >
            <Yuan fen={income.beforeFen} />
          </Descriptions.Item>
          <Descriptions.Item
            label={`${t('econPairings.after')}${income.afterYear ? ` · ${t('econPairings.afterOf', { year: income.afterYear })}` : ''}`}
          >
            <Yuan fen={income.afterFen} />
          </Descriptions.Item>
          <Descriptions.Item label={t('econPairings.change')}>
            <IncomeChange income={income} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('econPairings.activities')}
        </Typography.Title>
        {p.editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="activity-add"
          >
            {t('econPairings.addActivity')}
          </Button>
        )}
      </Flex>
      {p.activities.length === 0 ? (
        <Empty description={t('econPairings.noActivities')} />
      ) : (
        <Flex vertical gap={8}>
          {p.activities.map((a) => (
            <ActivityCard key={a.id} activity={a} editable={p.editable} onChanged={() => pairing.refetch()} />
          ))}
        </Flex>
      )}
      {editing && <PairingFormModal editing={p} onClose={() => setEditing(false)} />}
      {adding && <ActivityModal pairingId={p.id} onClose={() => setAdding(false)} />}
      {ending && (
        <Modal
          open
          title={t('econPairings.endTitle')}
          onCancel={() => setEnding(false)}
          onOk={end}
          okButtonProps={{ disabled: !endYear, 'data-testid': 'pairing-end-submit' }}
        >
          <Form layout="vertical">
            <Form.Item label={t('econPairings.endYear')} htmlFor="pairing-end-year">
              <InputNumber
                id="pairing-end-year"
                min={p.startYear}
                max={2100}
                value={endYear}
                onChange={setEndYear}
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Flex>
  );
}
