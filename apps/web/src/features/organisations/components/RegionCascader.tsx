import { useQueryClient } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { http, type ItemList } from '../../../lib/api';
import { useT } from '../../../lib/i18n';
import { referenceKeys, type Region } from '../../reference/api';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

// Reference data hardly changes; the cascader shares the cache entries of useRegions.
const STALE_MS = 30 * 60_000;

const toOption = (r: Region): Option => ({ value: r.code, label: r.name, isLeaf: r.level === 'county' });

function withChildren(options: Option[], path: readonly string[], children: Option[]): Option[] {
  if (path.length === 0) return children;
  return options.map((o) =>
    o.value === path[0]
      ? {
          ...o,
          // A city without counties (东莞, 中山) is where a registration ends.
          isLeaf: path.length === 1 && children.length === 0 ? true : o.isLeaf,
          children:
            path.length === 1
              ? children.length
                ? children
                : undefined
              : withChildren(o.children ?? [], path.slice(1), children),
        }
      : o,
  );
}

/**
 * 省 → 市 → 区县 picker whose value is the county code the server stores. Levels load as they are
 * opened; an existing value loads its own path first so the field shows names, not codes.
 */
export function RegionCascader({
  value,
  onChange,
  id,
  disabled,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [options, setOptions] = useState<Option[]>([]);
  const [path, setPath] = useState<string[]>([]);

  const children = (parent: string | null) =>
    queryClient
      .fetchQuery({
        queryKey: referenceKeys.regions(parent),
        queryFn: ({ signal }) => http.get<ItemList<Region>>('/api/reference/regions', { parent }, signal),
        staleTime: STALE_MS,
      })
      .then((list) => list.items.map(toOption));

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let tree = await children(null);
      const found: string[] = [];
      // Walk down to an existing value: 420111 → 420000 → 420100 → 420111 (429004 sits under 420000).
      if (value && /^\d{6}$/.test(value)) {
        let level = tree;
        for (let depth = 0; depth < 3; depth++) {
          const next: Option | undefined =
            level.find((o) => o.value === value) ??
            level.find(
              (o) => !o.isLeaf && value.startsWith(o.value.slice(0, 2 + 2 * depth)) && o.value !== value,
            );
          if (!next) break;
          found.push(next.value);
          if (next.value === value) break;
          const kids = await children(next.value);
          tree = withChildren(tree, found, kids);
          level = kids;
        }
      }
      if (!cancelled) {
        setOptions(tree);
        if (found.at(-1) === value) setPath(found);
      }
    })();
    return () => {
      cancelled = true;
    };
    // Only the first value needs its path loaded; later values come from the cascader itself.
  }, []);

  return (
    <Cascader<Option>
      id={id}
      disabled={disabled}
      options={options}
      value={path.length ? path : undefined}
      placeholder={t('orgForm.regionPlaceholder')}
      showSearch={false}
      loadData={(selected) => {
        const target = selected.at(-1);
        if (!target) return;
        void children(target.value).then((kids) =>
          setOptions((current) =>
            withChildren(
              current,
              selected.map((o) => o.value),
              kids,
            ),
          ),
        );
      }}
      onChange={(codes) => {
        const list = (codes ?? []) as string[];
        setPath(list);
        onChange?.(list.at(-1));
      }}
      style={{ width: '100%' }}
    />
  );
}
