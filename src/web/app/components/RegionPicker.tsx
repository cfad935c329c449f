import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../contracts/api/regions';
import type { RegionLevel } from '../../../contracts/roles';
import { useCurrentUser } from '../auth';
import { useLabels } from '../labels';
import { useDebounced } from '../use-debounced';
import { useRegion, useRegionSearch } from './region-queries';
import { useLazyRegionTree } from './use-lazy-region-tree';

type Props = {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Levels that may be chosen (others can be opened but not picked). */
  allowedLevels?: readonly RegionLevel[];
  /** The name of the initial value, which may not be loaded in the tree yet. */
  initialLabel?: string;
  id?: string;
  /** Its name for screen readers when no form label names it (default: the placeholder's words). */
  'aria-label'?: string;
  'data-testid'?: string;
};

type PickerNode = {
  value: string;
  title: string;
  name: string;
  isLeaf: boolean;
  selectable: boolean;
  children?: PickerNode[];
};

/** Chooses a region inside the user's scope: a lazily loaded tree, or search by name / pinyin initials. */
export function RegionPicker({ value, onChange, allowedLevels, initialLabel, id, ...rest }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useCurrentUser();
  const root = useRegion(me.scopeCode);
  const { childrenOf, loadedKeys, load } = useLazyRegionTree();
  const [expanded, setExpanded] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const results = useRegionSearch(q);

  useEffect(() => {
    if (!root.data || root.data.childCount === 0) return;
    void load(root.data.code).then(() => setExpanded((prev) => (prev.length ? prev : [me.scopeCode])));
  }, [root.data, load, me.scopeCode]);

  const selectable = (level: RegionLevel) => !allowedLevels || allowedLevels.includes(level);
  const toNode = (r: Region): PickerNode => ({
    value: r.code,
    name: r.name,
    title: t('common.withNote', { name: r.name, note: labels.level(r.level) }),
    isLeaf: r.childCount === 0,
    selectable: selectable(r.level),
    children: childrenOf[r.code]?.map(toNode),
  });
  const searching = q.length > 0;
  const treeData: PickerNode[] = searching
    ? (results.data?.items ?? []).map((r) => ({
        value: r.code,
        name: r.name,
        title: t('common.withNote', {
          name: r.path.map((p) => p.name).join(' / '),
          note: labels.level(r.level),
        }),
        isLeaf: true,
        selectable: selectable(r.level),
      }))
    : root.data
      ? [toNode(root.data)]
      : [];

  // A value set from outside (the caller's own scope by default) is named too, never shown as a code.
  const label = value
    ? (names[value] ?? (initialLabel || (value === root.data?.code ? root.data.name : value)))
    : undefined;
  const placeholder = t('regions.pickerPlaceholder');
  return (
    <TreeSelect
      id={id}
      // A form item's label names the picker through `id`; alone, a placeholder is no name.
      aria-label={rest['aria-label'] ?? (id ? undefined : placeholder)}
      data-testid={rest['data-testid']}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v: { value: string; label?: unknown } | undefined) => onChange?.(v?.value)}
      onSelect={(_v: unknown, node: PickerNode) => {
        setNames((prev) => ({ ...prev, [node.value]: node.name }));
        setSearch('');
      }}
      treeData={treeData}
      loadData={(node) => (searching ? Promise.resolve() : load(String(node.value)))}
      treeLoadedKeys={searching ? [] : loadedKeys}
      treeExpandedKeys={searching ? [] : expanded}
      onTreeExpand={(keys) => setExpanded(keys.map(String))}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      loading={root.isPending || results.isFetching}
      placeholder={placeholder}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
