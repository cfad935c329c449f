import { Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../contracts/api/regions';
import { can } from '../../../contracts/roles';
import type { RegionWithPath } from '../../app/api';
import { useCurrentUser } from '../../app/auth';
import { useRegion } from '../../app/components/region-queries';
import { useLazyRegionTree } from '../../app/components/use-lazy-region-tree';
import { useErrorText } from '../../app/errors';
import { useIsMobile } from '../../app/layout/use-is-mobile';
import { ImportCountyCard } from './ImportCountyCard';
import { RegionDetail } from './RegionDetail';
import { RegionSearch } from './RegionSearch';
import { RegionTree, type RegionTreeRef } from './RegionTree';
import { withinScope } from './scope';

const union = (a: string[], b: string[]) => Array.from(new Set([...a, ...b]));

export default function RegionsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const isMobile = useIsMobile();
  const root = useRegion(me.scopeCode);
  const tree = useLazyRegionTree();
  const { load, reset } = tree;
  const treeRef = useRef<RegionTreeRef>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);

  const openRoot = useCallback(
    async (fresh = false) => {
      await load(me.scopeCode, fresh);
      setExpanded((prev) => union(prev, [me.scopeCode]));
    },
    [load, me.scopeCode],
  );

  useEffect(() => {
    if (root.data && root.data.childCount > 0) void openRoot();
  }, [root.data, openRoot]);

  /** Opens every ancestor inside the scope, then selects and scrolls to the region. */
  const reveal = async (code: string, path: RegionWithPath['path']) => {
    const ancestors = path.map((p) => p.code).filter((c) => c !== code && withinScope(c, me.scopeCode));
    for (const ancestor of ancestors) await load(ancestor);
    setExpanded((prev) => union(prev, ancestors));
    setSelected(code);
    requestAnimationFrame(() => treeRef.current?.scrollTo({ key: code, align: 'top' }));
  };

  const selectFromTree = async (region: Region) => {
    setSelected(region.code);
    if (region.childCount > 0 && !expanded.includes(region.code)) {
      await load(region.code);
      setExpanded((prev) => union(prev, [region.code]));
    }
  };

  const refreshAfterGroup = async (villageCode: string, parentCode: string | null) => {
    // The parent's child count changes too, but a village secretary cannot read above the village.
    if (parentCode && withinScope(parentCode, me.scopeCode)) await load(parentCode, true);
    await load(villageCode, true);
    setExpanded((prev) => union(prev, [villageCode]));
  };

  const refreshAfterImport = async () => {
    reset();
    setSelected(null);
    setExpanded([]);
    await root.refetch();
    await openRoot(true);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('regions.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <RegionSearch onPick={(r) => reveal(r.code, r.path)} />
              {root.isPending && <Skeleton active />}
              {root.isError && <Typography.Text type="danger">{errorText(root.error)}</Typography.Text>}
              {root.data && (
                <RegionTree
                  root={root.data}
                  childrenOf={tree.childrenOf}
                  loadedKeys={tree.loadedKeys}
                  load={load}
                  expandedKeys={expanded}
                  onExpand={setExpanded}
                  selectedCode={selected}
                  onSelect={selectFromTree}
                  height={isMobile ? 360 : 560}
                  treeRef={treeRef}
                />
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <RegionDetail
              code={selected}
              onNavigate={reveal}
              onGroupAdded={(village) => refreshAfterGroup(village.code, village.parentCode)}
            />
            {can(me.role, 'regions.import') && <ImportCountyCard onImported={refreshAfterImport} />}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
