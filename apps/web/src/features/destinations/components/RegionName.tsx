import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchRegions, referenceKeys, type Region } from '../../reference/api';

/**
 * 省 › 市 › 区县 names of a county code. Registrations store only the code, so the names are read
 * level by level from the region lists the pickers already cache (a county directly under its
 * province, like 429004, is found one level up).
 */
async function regionPath(queryClient: QueryClient, code: string): Promise<string[]> {
  const names: string[] = [];
  let level = await fetchRegions(queryClient, null);
  for (let depth = 0; depth < 3; depth++) {
    const prefix = code.slice(0, 2 + 2 * depth);
    const next: Region | undefined =
      level.find((region) => region.code === code) ??
      level.find((region) => region.level !== 'county' && region.code.startsWith(prefix));
    if (!next) break;
    names.push(next.name);
    if (next.code === code) return names;
    level = await fetchRegions(queryClient, next.code);
  }
  return [];
}

/** A region code shown by its names; the bare code while loading or when the code is unknown. */
export function RegionName({ code }: { code: string }) {
  const queryClient = useQueryClient();
  const path = useQuery({
    queryKey: [...referenceKeys.all, 'regionPath', code],
    queryFn: () => regionPath(queryClient, code),
    enabled: /^\d{6}$/.test(code),
    staleTime: Infinity,
  });
  const names = path.data ?? [];
  return <span>{names.length > 0 ? names.join(' ') : code}</span>;
}
