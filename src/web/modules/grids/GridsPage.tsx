import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../contracts/api/grids';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { gridsApi } from './api';
import { CreateGridModal } from './CreateGridModal';
import { GridDetail } from './GridDetail';
import { GridsExcel } from './GridsExcel';
import { useRootGrids } from './queries';

type Node = { key: string; title: React.ReactNode; isLeaf: boolean; children?: Node[] };

/** 网格树: big grids of the scope, children loaded when a node opens (map-free). */
export default function GridsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const roots = useRootGrids();
  const [children, setChildren] = useState<Record<string, Grid[]>>({});
  const [selected, setSelected] = useState<Grid | null>(null);
  const [creatingUnder, setCreatingUnder] = useState<Grid | null | undefined>(undefined);
  const [expanded, setExpanded] = useState<string[]>([]);

  const loadChildren = async (parentId: string) => {
    const { items } = await gridsApi.list({ parentId });
    setChildren((c) => ({ ...c, [parentId]: items }));
  };
  const toNode = (g: Grid): Node => ({
    key: g.id,
    isLeaf: g.tier === 'small',
    title: (
      <span data-testid={`grid-node-${g.code}`}>
        {g.name} <Tag>{g.code}</Tag>
      </span>
    ),
    children: children[g.id]?.map(toNode),
  });
  const all = [...(roots.data?.items ?? []), ...Object.values(children).flat()];
  const refreshAround = (grid: Grid) => {
    void roots.refetch();
    if (grid.parentId) {
      const parentId = grid.parentId;
      void loadChildren(parentId);
      setExpanded((keys) => (keys.includes(parentId) ? keys : [...keys, parentId]));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('grids.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {can(me.role, 'grids.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreatingUnder(null)}
              data-testid="grid-create-big"
            >
              {t('grids.createBig')}
            </Button>
          )}
          <GridsExcel
            regionCode={selected?.regionCode}
            mayImport={can(me.role, 'grids.write')}
            onImported={() => {
              // The tree's open levels are local state: start again from the big grids.
              setChildren({});
              setExpanded([]);
              setSelected(null);
              void roots.refetch();
            }}
          />
        </Flex>
      </Flex>
      <Typography.Text type="secondary" data-testid="grid-export-scope">
        {selected
          ? t('grids.exportScopeVillage', { village: selected.regionName })
          : t('grids.exportScopeAll')}
      </Typography.Text>
      {roots.isError && <Typography.Paragraph type="danger">{errorText(roots.error)}</Typography.Paragraph>}
      <Flex wrap gap={16} align="flex-start">
        <Card style={{ flex: '1 1 320px', minWidth: 0 }} loading={roots.isLoading}>
          {roots.data?.items.length === 0 ? (
            <Empty description={t('grids.empty')} />
          ) : (
            <Tree
              data-testid="grid-tree"
              treeData={roots.data?.items.map(toNode) ?? []}
              loadData={(node) => loadChildren(String(node.key))}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys.map(String))}
              onSelect={(keys) => setSelected(all.find((g) => g.id === keys[0]) ?? null)}
            />
          )}
        </Card>
        <div style={{ flex: '1 1 300px', minWidth: 0 }}>
          {selected ? (
            <GridDetail
              key={selected.id}
              grid={selected}
              onAddChild={setCreatingUnder}
              onChanged={(g) => {
                setSelected(g);
                refreshAround(g);
              }}
              onDeleted={(g) => {
                setSelected(null);
                refreshAround(g);
              }}
            />
          ) : (
            <Card>
              <Empty description={t('grids.selectHint')} />
            </Card>
          )}
        </div>
      </Flex>
      {creatingUnder !== undefined && (
        <CreateGridModal
          parent={creatingUnder}
          onClose={() => setCreatingUnder(undefined)}
          onCreated={(g) => {
            refreshAround(g);
            setSelected(g);
          }}
        />
      )}
    </Flex>
  );
}
