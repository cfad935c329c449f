import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, InputNumber, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../app/auth';
import { useErrorText } from '../../../app/errors';
import { beijingToday, contactsApi, type TourView, useTours } from './api';
import { TourFormModal } from './TourFormModal';
import { useUndoableDelete } from './use-undoable-delete';

// 书记拉练 by year: the four quarters with their count (a quarter begun without a tour is shown),
// the villages toured, and each tour with its places and notes.

function TourCard({ tour, onEdit, onDelete }: { tour: TourView; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={`tour-${tour.id}`}
      title={
        <Flex gap={8} wrap align="center">
          <Tag color="blue">{t('visitsContacts.tours.quarterShort', { quarter: tour.quarter })}</Tag>
          <span>{tour.theme}</span>
        </Flex>
      }
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">
          {tour.heldOn} · {tour.regionName}
        </Typography.Text>
        {tour.places.length > 0 && (
          <Flex gap={6} wrap>
            {tour.places.map((p) => (
              <Tag key={`${p.regionCode ?? ''}-${p.name}-${p.note ?? ''}`}>
                {p.note ? `${p.name}（${p.note}）` : p.name}
              </Tag>
            ))}
          </Flex>
        )}
        {tour.participants && <span>{tour.participants}</span>}
        {tour.notes && <Typography.Paragraph style={{ margin: 0 }}>{tour.notes}</Typography.Paragraph>}
        {tour.editable && (
          <Flex gap={4}>
            <Button size="small" type="link" onClick={onEdit}>
              {t('visitsContacts.tours.edit')}
            </Button>
            <Popconfirm
              title={t('visitsContacts.tours.deleteConfirm')}
              okText={t('visitsContacts.tours.delete')}
              cancelText={t('common.cancel')}
              onConfirm={onDelete}
            >
              <Button size="small" type="link" danger>
                {t('visitsContacts.tours.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

export function ToursTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? beijingToday().slice(0, 4));
  const list = useTours({ year });
  const [dialog, setDialog] = useState<{ edit?: TourView } | null>(null);
  const mayRecord = me.role === 'county_admin' || me.role === 'township';
  const remove = useUndoableDelete({
    remove: contactsApi.removeTour,
    restore: contactsApi.restoreTour,
    deleted: t('visitsContacts.tours.deleted'),
  });
  const data = list.data;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          aria-label={t('visitsContacts.tours.year')}
          style={{ width: 100 }}
          onChange={(v) =>
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              if (v) next.set('year', String(v));
              else next.delete('year');
              return next;
            })
          }
        />
        {mayRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})} data-testid="tour-add">
            {t('visitsContacts.tours.add')}
          </Button>
        )}
      </Flex>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      {list.isLoading && <Spin />}
      {data && (
        <>
          <Flex gap={8} wrap data-testid="tour-quarters">
            {data.quarters.map((q) => (
              <Tag
                key={q.quarter}
                color={data.missingQuarters.includes(q.quarter) ? 'orange' : q.count ? 'green' : undefined}
              >
                {t('visitsContacts.tours.quarterShort', { quarter: q.quarter })} ·{' '}
                {t('visitsContacts.tours.count', { count: q.count })}
              </Tag>
            ))}
            <Tag>{t('visitsContacts.tours.villages', { count: data.villagesToured })}</Tag>
          </Flex>
          {data.missingQuarters.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="tour-missing"
              message={t('visitsContacts.tours.missing', {
                quarters: data.missingQuarters
                  .map((q) => t('visitsContacts.tours.quarter', { quarter: q }))
                  .join('、'),
              })}
            />
          ) : (
            <Alert type="success" showIcon message={t('visitsContacts.tours.allDone')} />
          )}
          {!data.items.length && <Empty description={t('visitsContacts.tours.empty')} />}
          {data.items.map((tour) => (
            <TourCard
              key={tour.id}
              tour={tour}
              onEdit={() => setDialog({ edit: tour })}
              onDelete={() => remove(tour.id).catch((e) => message.error(errorText(e)))}
            />
          ))}
        </>
      )}
      {dialog && <TourFormModal editing={dialog.edit} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
