import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useErrorText } from '../../app/errors';
import { disclosureApi, type ItemDetail, useRefreshDisclosure } from './api';
import { ItemFiles } from './ItemFiles';
import { day, StatusTag, TableView } from './shared';

type Asking = { kind: 'return' | 'correct' | 'withdraw' } | null;

/** A disclosure: its content and files, what may be done now, every version and the steps taken. */
export default function DisclosureItemPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const refresh = useRefreshDisclosure();
  const { disclosureId = '' } = useParams();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const item = useQuery({
    queryKey: ['disclosure', 'item', disclosureId],
    queryFn: () => disclosureApi.get(disclosureId),
  });
  const run = async (work: () => Promise<ItemDetail | unknown>, then?: (r: unknown) => void) => {
    setBusy(true);
    try {
      const r = await work();
      await refresh();
      then?.(r);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  if (item.isError) return <Alert type="error" showIcon message={errorText(item.error)} />;
  if (!item.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const d = item.data;
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const ask = async () => {
    const { reason } = await form.validateFields();
    const kind = asking!.kind;
    await run(
      () =>
        kind === 'return'
          ? disclosureApi.action(d.id, 'return', reason)
          : kind === 'correct'
            ? disclosureApi.correct(d.id, { reason })
            : disclosureApi.withdraw(d.id, reason),
      (r) => {
        setAsking(null);
        form.resetFields();
        if (kind === 'correct') navigate(`/disclosure/${(r as ItemDetail).id}/edit`);
        else if (kind === 'withdraw') navigate(`/disclosure/${(r as ItemDetail).id}`);
      },
    );
  };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {d.title}
        </Typography.Title>
        <StatusTag status={d.status} />
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'v',
            label: t('disclosure.cols.village'),
            children: [d.townshipName, d.villageName].filter(Boolean).join(' '),
          },
          { key: 'k', label: t('disclosure.cols.kind'), children: d.kindName },
          { key: 'p', label: t('disclosure.cols.period'), children: d.period },
          {
            key: 'ver',
            label: t('disclosure.cols.version'),
            children: `${t('disclosure.detail.version', { version: d.version })} · ${t(`disclosure.changes.${d.change}`)}`,
          },
          ...(d.changeReason
            ? [{ key: 'r', label: t('disclosure.detail.reason'), children: d.changeReason }]
            : []),
          ...(d.publishedAt
            ? [{ key: 'pub', label: t('disclosure.cols.published'), children: day(d.publishedAt) }]
            : []),
        ]}
      />
      <Flex wrap gap={8}>
        {d.actions.map((a) => (
          <Button
            key={a.action}
            type={a.action === 'return' ? 'default' : 'primary'}
            loading={busy}
            data-testid={`disclosure-action-${a.action}`}
            onClick={() =>
              a.needs.includes('reason')
                ? setAsking({ kind: 'return' })
                : run(() => disclosureApi.action(d.id, a.action))
            }
          >
            {a.label[lang]}
          </Button>
        ))}
        {d.mayEdit && (
          <Button onClick={() => navigate(`/disclosure/${d.id}/edit`)} data-testid="disclosure-edit">
            {t('disclosure.detail.edit')}
          </Button>
        )}
        {d.mayDelete && (
          <Popconfirm
            title={t('disclosure.detail.deleteConfirm')}
            onConfirm={() =>
              run(
                () => disclosureApi.remove(d.id),
                () => navigate('/disclosure'),
              )
            }
          >
            <Button danger data-testid="disclosure-delete">
              {t('disclosure.detail.delete')}
            </Button>
          </Popconfirm>
        )}
        {d.mayCorrect && (
          <Button onClick={() => setAsking({ kind: 'correct' })} data-testid="disclosure-correct">
            {t('disclosure.detail.correct')}
          </Button>
        )}
        {d.mayCorrect && (
          <Button danger onClick={() => setAsking({ kind: 'withdraw' })} data-testid="disclosure-withdraw">
            {t('disclosure.detail.withdraw')}
          </Button>
        )}
        {['published', 'corrected', 'withdrawn'].includes(d.status) && (
          <Link to={`/gk/${d.regionCode}`} style={{ alignSelf: 'center', textDecoration: 'underline' }}>
            {t('disclosure.openPublic')}
          </Link>
        )}
      </Flex>
      <Card size="small" title={t('disclosure.detail.content')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="disclosure-body-view">
          {d.body}
        </Typography.Paragraph>
        {d.table ? (
          <TableView table={d.table} caption={d.title} />
        ) : (
          <Typography.Text type="secondary">{t('disclosure.detail.noTable')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('disclosure.detail.files')}>
        <ItemFiles itemId={d.id} title={d.title} files={d.attachments} editable={d.mayEdit} />
      </Card>
      {d.versions.length > 1 && (
        <Card size="small" title={t('disclosure.detail.versions')}>
          <Flex vertical gap={4}>
            {d.versions.map((v) => (
              <Flex key={v.id} wrap gap={8} align="center">
                <Link to={`/disclosure/${v.id}`} style={{ textDecoration: 'underline' }}>
                  {t('disclosure.detail.version', { version: v.version })} ·{' '}
                  {t(`disclosure.changes.${v.change}`)}
                </Link>
                <StatusTag status={v.status} />
                <Typography.Text>{day(v.publishedAt)}</Typography.Text>
                {v.changeReason && <Typography.Text type="secondary">{v.changeReason}</Typography.Text>}
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
      <Card size="small" title={t('disclosure.detail.history')}>
        <Timeline
          items={d.history.map((h) => ({
            children: (
              <span>
                {day(h.at)} {h.actorName} · {h.label[lang]} → {h.toLabel[lang]}
                {h.reason ? `（${h.reason}）` : ''}
              </span>
            ),
          }))}
        />
      </Card>
      <Modal
        open={!!asking}
        title={
          asking
            ? t(
                asking.kind === 'return'
                  ? 'disclosure.detail.returnTitle'
                  : `disclosure.detail.${asking.kind}`,
              )
            : ''
        }
        onCancel={() => setAsking(null)}
        onOk={ask}
        confirmLoading={busy}
        destroyOnHidden
      >
        {asking?.kind === 'correct' && (
          <Alert
            type="info"
            showIcon
            message={t('disclosure.detail.correctHint')}
            style={{ marginBottom: 12 }}
          />
        )}
        {asking?.kind === 'withdraw' && (
          <Alert
            type="warning"
            showIcon
            message={t('disclosure.detail.withdrawHint')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('disclosure.detail.reason')}
            rules={[{ required: true, whitespace: true, message: t('disclosure.detail.reasonRequired') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={500}
              data-testid="disclosure-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
