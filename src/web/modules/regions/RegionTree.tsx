import { type GetRef, Tree, type TreeDataNode, Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../contracts/api/regions';
import { LevelTag } from './LevelTag';

export type RegionTreeRef = GetRef<typeof Tree>;

type Props = {
  root: Region;
  childrenOf: Record<string, Region[]>;
  loadedKeys: string[];
  load: (code: string) => Promise<unknown>;
  expandedKeys: string[];
  onExpand: (keys: string[]) => void;
  selectedCode: string | null;
  onSelect: (region: Region) => void;
  height: number;
  treeRef: Ref<RegionTreeRef>;
};

function NodeTitle({ region }: { region: Region }) {
  const { t } = useTranslation();
  return (
    <span data-testid={`region-node-${region.code}`}>
      {region.name}
      <LevelTag level={region.level} />
      {region.childCount > 0 && (
        <Typography.Text type="secondary">
          {t('regions.children', { count: region.childCount })}
        </Typography.Text>
      )}
    </span>
  );
}

type RegionNode = TreeDataNode & { region: Region };

/** The region tree below the user's scope; children load when a node opens. */
export function RegionTree(props: Props) {
  const toNode = (region: Region): RegionNode => ({
    key: region.code,
    region,
    title: <NodeTitle region={region} />,
    isLeaf: region.childCount === 0,
    children: props.childrenOf[region.code]?.map(toNode),
  });
  return (
    <div data-testid="region-tree">
      <Tree<RegionNode>
        ref={props.treeRef}
        treeData={[toNode(props.root)]}
        height={props.height}
        loadData={(node) => props.load(node.region.code).then(() => undefined)}
        loadedKeys={props.loadedKeys}
        expandedKeys={props.expandedKeys}
        onExpand={(keys) => props.onExpand(keys.map(String))}
        selectedKeys={props.selectedCode ? [props.selectedCode] : []}
        onSelect={(_keys, info) => props.onSelect(info.node.region)}
        blockNode
      />
    </div>
  );
}
