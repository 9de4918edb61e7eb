import type { KeyFieldKey } from '@jiuye/domain/recruitment/vocabulary';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, http } from '../../lib/api';
import type { NamedCode, SearchCard } from '../jobs/api';

/** What the graduate could still add for better recommendations (the home page prompts for it). */
export type MissingKey = 'regions' | 'salary' | 'occupations' | 'skills';

/** Body of `PUT /api/me/preferences`. */
export interface PreferencesInput {
  /** Province, city or county codes (≤ 10). */
  desiredRegions: string[];
  /** Yuan per month; null = no expectation. */
  salaryExpectation: number | null;
  /** Occupation major groups "1"–"8" (≤ 8). */
  desiredOccupations: string[];
  keyFieldOptIns: KeyFieldKey[];
  /** 生源地 counts (softly) only when true. */
  useOrigin: boolean;
  /** Employers may suggest the graduate, masked. */
  discoverable: boolean;
}

/** `GET /api/me/preferences`: defaults before the first save. */
export interface Preferences extends PreferencesInput {
  desiredRegionNames: NamedCode[];
  saved: boolean;
  updatedAt: string | null;
  missing: MissingKey[];
}

export interface MatchReason {
  /** Chinese, as the model words it (专业对口, 技能匹配 2 项 …). */
  label: string;
  /** The matched skills behind 技能匹配. */
  items?: string[];
}

export interface Recommendation {
  posting: SearchCard;
  score: number;
  reasons: MatchReason[];
}

export interface Recommendations {
  items: Recommendation[];
  missing: MissingKey[];
}

/** One graduate suggested for an employer's posting (`GET /api/jobs/:id/suggested-graduates`). */
export interface SuggestedGraduate {
  graduateId: string;
  /** Masked by the server (张*). */
  name: string;
  major: NamedCode;
  /** A DegreeKey (bachelor, master …). */
  degree: string;
  graduationYear: number;
  /** An assistance target (优先关注); the category itself is never sent. */
  priority: boolean;
  score: number;
  reasons: MatchReason[];
}

// The server's PREFERENCE_LIMITS (matching.service.ts); the server still has the final word.
export const PREFERENCE_LIMITS = { regions: 10, occupations: 8, reason: 200 } as const;

export const matchingKeys = {
  all: ['matching'] as const,
  preferences: () => [...matchingKeys.all, 'preferences'] as const,
  // Every list of the signed-in graduate, whatever its length: a save or a mark refreshes them all.
  mine: () => [...matchingKeys.all, 'recommendations', 'me'] as const,
  myList: (limit: number) => [...matchingKeys.mine(), limit] as const,
  graduate: (id: string, limit: number) =>
    [...matchingKeys.all, 'recommendations', 'graduate', id, limit] as const,
  suggested: (postingId: string, limit: number) =>
    [...matchingKeys.all, 'suggested', postingId, limit] as const,
};

const DISMISSALS = '/api/me/recommendations/dismissals';

export function usePreferences() {
  return useQuery({
    queryKey: matchingKeys.preferences(),
    queryFn: ({ signal }) => http.get<Preferences>('/api/me/preferences', undefined, signal),
  });
}

/** Saves; a 400 names every unknown code by position (`desiredRegions.1`). */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PreferencesInput) => http.put<Preferences>('/api/me/preferences', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(matchingKeys.preferences(), saved);
      void queryClient.invalidateQueries({ queryKey: matchingKeys.mine() });
    },
  });
}

/** The signed-in graduate's top recommendations with their reasons. */
export function useMyRecommendations(limit: number) {
  return useQuery({
    queryKey: matchingKeys.myList(limit),
    queryFn: ({ signal }) => http.get<Recommendations>('/api/me/recommendations', { limit }, signal),
    // "更多" asks for a longer list; the short one stays on screen until it arrives.
    placeholderData: keepPreviousData,
  });
}

/** A counsellor's or career centre's view of the jobs to refer one graduate to. */
export function useGraduateRecommendations(graduateId: string | null, limit: number) {
  return useQuery({
    queryKey: matchingKeys.graduate(graduateId ?? '', limit),
    queryFn: ({ signal }) =>
      http.get<Recommendations>(
        `/api/graduates/${encodeURIComponent(graduateId ?? '')}/recommendations`,
        { limit },
        signal,
      ),
    enabled: graduateId !== null,
  });
}

/** Discoverable graduates who fit one of the employer's own published postings, best first. */
export function useSuggestedGraduates(postingId: string | null, limit: number) {
  return useQuery({
    queryKey: matchingKeys.suggested(postingId ?? '', limit),
    queryFn: ({ signal }) =>
      http.get<{ items: SuggestedGraduate[] }>(
        `/api/jobs/${encodeURIComponent(postingId ?? '')}/suggested-graduates`,
        { limit },
        signal,
      ),
    enabled: postingId !== null,
  });
}

/**
 * 不感兴趣. The posting leaves every cached list at once (the answer is a bare 204), then the lists
 * refetch because the same organisation's and occupation group's postings sink too.
 */
export function useDismiss() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postingId, reason }: { postingId: string; reason: string | null }) =>
      http.post<void>(DISMISSALS, { postingId, reason }),
    onSuccess: (_void, { postingId }) => {
      queryClient.setQueriesData<Recommendations>({ queryKey: matchingKeys.mine() }, (list) =>
        list ? { ...list, items: list.items.filter((item) => item.posting.id !== postingId) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: matchingKeys.mine() });
    },
  });
}

/** Takes a 不感兴趣 back (404 when there was none). */
export function useUndismiss() {
  const queryClient = useQueryClient();
  return useMutation({
    // lib/api's `http` has no delete helper; apiFetch is the same wrapper underneath.
    mutationFn: (postingId: string) =>
      apiFetch<void>(`${DISMISSALS}/${encodeURIComponent(postingId)}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: matchingKeys.mine() }),
  });
}
