import type { Role, Scope } from '@jiuye/domain/roles';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';
import type { NamedScope } from '../auth/api';

export type UserStatus = 'active' | 'disabled';

export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: NamedScope;
  status: UserStatus;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserQuery {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  scope: Scope;
}

export interface UserPatch {
  status?: UserStatus;
  displayName?: string;
  password?: string;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UserQuery) => [...userKeys.lists(), query] as const,
};

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<UserAccount>>('/api/users', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Number of accounts, for the admin dashboard. */
export function useUserCount(enabled: boolean) {
  const query: UserQuery = { page: 1, pageSize: 1 };
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<UserAccount>>('/api/users', { ...query }, signal),
    select: (page) => page.total,
    enabled,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => http.post<UserAccount>('/api/users', user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) =>
      http.patch<UserAccount>(`/api/users/${encodeURIComponent(id)}`, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
