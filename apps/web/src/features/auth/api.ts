import type { Role, Scope } from '@jiuye/domain/roles';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, http } from '../../lib/api';

/** A scope as the server sends it: the identifiers of `Scope` plus display names. */
export interface NamedScope extends Scope {
  provinceName?: string | null;
  universityName?: string | null;
  collegeName?: string | null;
  organisationName?: string | null;
}

/** The signed-in user (`Me` in docs/API.md). */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: NamedScope;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface Registration {
  universityCode: string;
  studentNo: string;
  idNumber: string;
  username: string;
  password: string;
}

/** Router state the auth guard leaves for the login page: where to return after signing in. */
export interface LoginRedirectState {
  from?: string;
}

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The current session's user, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await http.get<{ user: Me }>('/api/auth/me');
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') return null;
    throw error;
  }
}

/** Session user; `data === null` means signed out. */
export function useMe() {
  return useQuery({ queryKey: authKeys.me(), queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** The signed-in user; only for components rendered behind the auth guard. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser rendered outside the authenticated area');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => http.post<{ user: Me }>('/api/auth/login', credentials),
    onSuccess: ({ user }) => {
      // Whatever another account left in the cache must not leak into this session.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registration: Registration) => http.post<{ user: Me }>('/api/auth/register', registration),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<void>('/api/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), null);
    },
  });
}
