import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/api';
import type { Graduate, RevealField } from '../roster/api';

/** `email: null` clears it; the phone can only be replaced, since graduates are reached by phone. */
export interface ProfilePatch {
  phone?: string;
  email?: string | null;
}

export const profileKeys = {
  all: ['me', 'profile'] as const,
  detail: () => [...profileKeys.all] as const,
};

/** The signed-in graduate's own roster record, masked. */
export function useMyProfile() {
  return useQuery({
    queryKey: profileKeys.detail(),
    queryFn: ({ signal }) => http.get<Graduate>('/api/me/profile', undefined, signal),
  });
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => http.patch<Graduate>('/api/me/profile', patch),
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.detail(), profile),
  });
}

/** Own unmasked value; the server logs the view, and the value is kept only in component state. */
export function useRevealMyField() {
  return useMutation({
    mutationFn: (field: RevealField) => http.post<{ value: string }>('/api/me/profile/reveal', { field }),
  });
}
