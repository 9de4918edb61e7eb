import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Cascader, Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../lib/i18n';
import { fetchRegions, type Region } from '../../reference/api';
import { usePickedNames, type MultiPickerProps } from './pickedNames';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const toOption = (region: Region): Option => ({
  value: region.code,
  label: region.name,
  isLeaf: region.level === 'county',
});

/** The tree with `children` hung under the option at `path` (a city without counties becomes a leaf). */
function withChildren(options: Option[], path: readonly string[], children: Option[]): Option[] {
  if (path.length === 0) return children;
  return options.map((option) => {
    if (option.value !== path[0]) return option;
    if (path.length > 1)
      return { ...option, children: withChildren(option.children ?? [], path.slice(1), children) };
    return children.length > 0 ? { ...option, children } : { ...option, isLeaf: true, children: undefined };
  });
}

/**
 * Loads the levels down to a code, so a picker can show names for a value it did not pick itself:
 * 420106 → 420000 → 420100 → 420106 (a county directly under a province, like 429004, is found
 * one level up). Returns the tree and the path (empty when the code is unknown).
 */
async function treeTo(
  queryClient: QueryClient,
  code: string | undefined,
): Promise<{ tree: Option[]; path: Option[] }> {
  let tree = (await fetchRegions(queryClient, null)).map(toOption);
  const path: Option[] = [];
  if (!code || !/^\d{6}$/.test(code)) return { tree, path };
  let level = tree;
  for (let depth = 0; depth < 3; depth++) {
    const prefix = code.slice(0, 2 + 2 * depth);
    const next: Option | undefined =
      level.find((option) => option.value === code) ??
      level.find((option) => !option.isLeaf && option.value.startsWith(prefix));
    if (!next) return { tree, path: [] };
    path.push(next);
    if (next.value === code) break;
    const children = (await fetchRegions(queryClient, next.value)).map(toOption);
    tree = withChildren(
      tree,
      path.map((option) => option.value),
      children,
    );
    level = children;
  }
  return { tree, path: path.at(-1)?.value === code ? path : [] };
}

/** A lazily loaded 省 → 市 → 区县 cascader (the levels are fetched as they are opened). */
function useRegionTree(initial: string | undefined) {
  const queryClient = useQueryClient();
  const [options, setOptions] = useState<Option[]>([]);
  const [path, setPath] = useState<Option[]>([]);
  useEffect(() => {
    let cancelled = false;
    void treeTo(queryClient, initial).then(({ tree, path: found }) => {
      if (cancelled) return;
      setOptions(tree);
      setPath(found);
    });
    return () => {
      cancelled = true;
    };
  }, [queryClient, initial]);

  const loadData = (selected: Option[]) => {
    const target = selected.at(-1);
    if (!target) return;
    void fetchRegions(queryClient, target.value).then((children) =>
      setOptions((current) =>
        withChildren(
          current,
          selected.map((option) => option.value),
          children.map(toOption),
        ),
      ),
    );
  };
  return { options, path, setPath, loadData };
}

/**
 * Region filter: a province, a city or a county (any level can be chosen, like 全湖北 or 武汉市).
 * The value is the 6-digit code the search takes.
 */
export function RegionFilterPicker({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange: (code: string | undefined, name?: string) => void;
  id?: string;
}) {
  const t = useT();
  const { options, path, setPath, loadData } = useRegionTree(value);
  // A value changed from outside (a chip cleared, a facet clicked) must show in the picker too.
  const shown = value && path.at(-1)?.value === value ? path.map((option) => option.value) : [];
  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={value ? shown : []}
      changeOnSelect
      placeholder={t('search.regionPlaceholder')}
      aria-label={t('search.filter.region')}
      loadData={loadData}
      displayRender={(labels) => labels.join(' / ')}
      onChange={(_codes, selected) => {
        const list = (selected ?? []) as Option[];
        setPath(list);
        onChange(list.at(-1)?.value, list.at(-1)?.label);
      }}
      style={{ width: '100%' }}
    />
  );
}

/** The chosen region's name (for chips), loaded through the same cached lists. */
export function useRegionName(code: string | undefined): string | undefined {
  const queryClient = useQueryClient();
  const [name, setName] = useState<{ code: string; name: string }>();
  useEffect(() => {
    if (!code) return;
    let cancelled = false;
    void treeTo(queryClient, code).then(({ path }) => {
      if (!cancelled && path.length > 0)
        setName({ code, name: path.map((option) => option.label).join(' ') });
    });
    return () => {
      cancelled = true;
    };
  }, [queryClient, code]);
  return code && name?.code === code ? name.name : undefined;
}

/**
 * Work places of a posting: counties picked one at a time through the cascader and listed as tags
 * (a multiple cascader would let a whole province be ticked, which is not a work place).
 */
export function CountyMultiPicker({ value = [], onChange, names, id, disabled, max }: MultiPickerProps) {
  const t = useT();
  const { options, loadData } = useRegionTree(undefined);
  const { nameOf, remember } = usePickedNames(names);
  return (
    <Flex vertical gap={8}>
      <Cascader<Option>
        id={id}
        disabled={disabled || value.length >= max}
        options={options}
        value={[]}
        placeholder={t('jobs.regionsPlaceholder')}
        loadData={loadData}
        onChange={(_codes, selected) => {
          const list = (selected ?? []) as Option[];
          const leaf = list.at(-1);
          // Only counties (or a city without counties) are places of work.
          if (!leaf?.isLeaf || value.includes(leaf.value)) return;
          remember([{ code: leaf.value, name: list.map((option) => option.label).join(' ') }]);
          onChange?.([...value, leaf.value]);
        }}
        style={{ width: '100%' }}
      />
      {value.length > 0 ? (
        <Flex wrap gap={4} data-testid="picked-regions">
          {value.map((code) => (
            <Tag
              key={code}
              closable={!disabled}
              onClose={() => onChange?.(value.filter((other) => other !== code))}
              style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
            >
              {nameOf(code)}
            </Tag>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('jobs.regionsNone')}
        </Typography.Text>
      )}
    </Flex>
  );
}
