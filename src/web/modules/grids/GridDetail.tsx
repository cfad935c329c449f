import { DeleteOutlined, EditOutlined, IdcardOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Grid } from '../../../contracts/api/grids';
import { gridTier } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import { BindBranch } from './BindBranch';
import { GridWorkers } from './GridWorkers';
import { useDeleteGrid, useGridCard, useUpdateGrid } from './queries';

/** The selected grid: what it is, and what one can do with it (rename, bind a branch, its workers). */
export function GridDetail({
  grid,
  onAddChild,
  onDeleted,
  onChanged,
}: {
  grid: Grid;
  onAddChild: (grid: Grid) => void;
  onDeleted: (grid: Grid) => void;
  onChanged: (grid: Grid) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const me = useCurrentUser();
  const remove = useDeleteGrid();
  const mayWrite = can(me.role, 'grids.write');
  const update = useUpdateGrid();
  const [renaming, setRenaming] = useState<string | null>(null);
  // The card keeps the workers and the counts fresh after every change.
  const card = useGridCard(grid.id);
  const counts = card.data?.grid ?? grid;
  const rename = () => {
    const name = (renaming ?? '').trim();
    if (!name) return message.error(t('grids.nameRequired'));
    update.mutate(
      { gridId: grid.id, body: { name } },
      {
        onSuccess: (saved) => {
          message.success(t('grids.renamed'));
          setRenaming(null);
          onChanged(saved);
        },
        onError: (error) => message.error(errorText(error)),
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card title={grid.name} data-testid="grid-detail">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('grids.code')}>{grid.code}</Descriptions.Item>
          <Descriptions.Item label={t('grids.tier')}>{coded.label(gridTier, grid.tier)}</Descriptions.Item>
          <Descriptions.Item label={t('grids.village')}>{grid.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('grids.branch')}>
            {mayWrite ? (
              <BindBranch grid={grid} onSaved={onChanged} />
            ) : (
              (grid.partyOrg?.name ?? t('grids.noBranch'))
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('grids.households')}>{counts.householdCount}</Descriptions.Item>
          <Descriptions.Item label={t('grids.workers')}>{counts.workerCount}</Descriptions.Item>
        </Descriptions>
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          <Link to={`/grids/${grid.id}`} data-testid="grid-open-card">
            <Button icon={<IdcardOutlined />}>{t('grids.openCard')}</Button>
          </Link>
          {mayWrite && grid.tier !== 'small' && (
            <Button icon={<PlusOutlined />} onClick={() => onAddChild(grid)} data-testid="grid-add-child">
              {t('grids.createChild')}
            </Button>
          )}
          {mayWrite && (
            <Button icon={<EditOutlined />} onClick={() => setRenaming(grid.name)} data-testid="grid-rename">
              {t('grids.rename')}
            </Button>
          )}
          {mayWrite && (
            <Popconfirm
              title={t('grids.deleteConfirm', { name: grid.name })}
              onConfirm={() =>
                remove.mutate(grid.id, {
                  onSuccess: () => {
                    message.success(t('grids.deleted'));
                    onDeleted(grid);
                  },
                  onError: (error) => message.error(errorText(error)),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="grid-delete">
                {t('grids.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
        <Modal
          open={renaming !== null}
          title={t('grids.rename')}
          onCancel={() => setRenaming(null)}
          onOk={rename}
          confirmLoading={update.isPending}
          okButtonProps={{ id: 'grid-rename-submit' }}
        >
          <Input
            value={renaming ?? ''}
            maxLength={64}
            onChange={(e) => setRenaming(e.target.value)}
            onPressEnter={rename}
            aria-label={t('grids.name')}
            data-testid="grid-rename-name"
          />
        </Modal>
      </Card>
      {card.data && <GridWorkers gridId={grid.id} workers={card.data.workers} mayWrite={mayWrite} />}
    </Flex>
  );
}
