import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, http, type Page } from '../../lib/api';
import { jobKeys } from '../jobs/api';

export type MarketKind = 'campus' | 'regional' | 'industry';
export type MarketStatus = 'open' | 'closed';

/** A job market (`GET /api/markets/:id`): a university's campus market, a regional or an industry one. */
export interface Market {
  id: string;
  kind: MarketKind;
  name: string;
  description: string | null;
  universityCode: string | null;
  universityName: string | null;
  regionCode: string | null;
  industryCode: string | null;
  provinceCode: string | null;
  status: MarketStatus;
  postingCount: number;
  createdAt: string;
  /** Whether the signed-in user may edit it and add or remove postings. */
  manageable: boolean;
}

export interface MarketQuery {
  kind?: MarketKind;
  q?: string;
  includeClosed?: boolean;
  page: number;
  pageSize: number;
}

export interface NewMarket {
  kind: MarketKind;
  name: string;
  description?: string;
  universityCode?: string;
  regionCode?: string;
  industryCode?: string;
}

export interface MarketChange {
  name?: string;
  description?: string | null;
  status?: MarketStatus;
}

export interface AddPostingsResult {
  added: number;
  skipped: { postingId: string; reason: string }[];
}

export const marketKeys = {
  all: ['markets'] as const,
  lists: () => [...marketKeys.all, 'list'] as const,
  list: (query: MarketQuery) => [...marketKeys.lists(), query] as const,
  details: () => [...marketKeys.all, 'detail'] as const,
  detail: (id: string) => [...marketKeys.details(), id] as const,
};

const marketPath = (id: string) => `/api/markets/${encodeURIComponent(id)}`;

/** Markets anyone may browse; closed ones only when asked (their managers want to reopen them). */
export function useMarkets(query: MarketQuery, enabled = true) {
  return useQuery({
    queryKey: marketKeys.list(query),
    queryFn: ({ signal }) =>
      http.get<Page<Market>>(
        '/api/markets',
        { ...query, includeClosed: query.includeClosed ? 'true' : undefined },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarket(id: string | undefined) {
  return useQuery({
    queryKey: marketKeys.detail(id ?? ''),
    queryFn: ({ signal }) => http.get<Market>(marketPath(id ?? ''), undefined, signal),
    enabled: Boolean(id),
  });
}

// A market change shows in its page, the list, and in search results filtered by it.
function useMarketMutation<V, R>(mutationFn: (variables: V) => Promise<R>, marketId?: (v: V) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_result, variables) => {
      void queryClient.invalidateQueries({ queryKey: marketKeys.lists() });
      if (marketId) void queryClient.invalidateQueries({ queryKey: marketKeys.detail(marketId(variables)) });
      void queryClient.invalidateQueries({ queryKey: jobKeys.searches() });
      void queryClient.invalidateQueries({ queryKey: [...jobKeys.all, 'facets'] });
    },
  });
}

export function useCreateMarket() {
  return useMarketMutation((market: NewMarket) => http.post<Market>('/api/markets', market));
}

/** Renames, describes, closes or reopens. */
export function useUpdateMarket() {
  return useMarketMutation(
    ({ id, change }: { id: string; change: MarketChange }) => http.patch<Market>(marketPath(id), change),
    ({ id }) => id,
  );
}

/** Adds published postings (up to 100); the answer names each one skipped and why. */
export function useAddMarketPostings() {
  return useMarketMutation(
    ({ id, postingIds }: { id: string; postingIds: string[] }) =>
      http.post<AddPostingsResult>(`${marketPath(id)}/postings`, { postingIds }),
    ({ id }) => id,
  );
}

/** Takes a posting out of the market; the posting itself stays published. */
export function useRemoveMarketPosting() {
  return useMarketMutation(
    ({ id, postingId }: { id: string; postingId: string }) =>
      apiFetch<unknown>(`${marketPath(id)}/postings/${encodeURIComponent(postingId)}`, { method: 'DELETE' }),
    ({ id }) => id,
  );
}
