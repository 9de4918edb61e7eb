import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';

export type OrganisationKind = 'employer' | 'agency';

export type OrganisationVerification = 'verified' | 'pending' | 'rejected';

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature: string | null;
  industryCode: string | null;
  regionCode: string | null;
  verified: boolean;
  verification: OrganisationVerification;
  createdAt: string;
}

/** Body of `POST /api/organisations`; optional fields are left out rather than sent empty. */
export interface NewOrganisation {
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature?: string;
  industryCode?: string;
  regionCode?: string;
}

export interface OrganisationQuery {
  q?: string;
  kind?: OrganisationKind;
}

export interface OrganisationPageQuery extends OrganisationQuery {
  page: number;
  pageSize: number;
}

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (query: OrganisationQuery) => [...organisationKeys.lists(), query] as const,
  pages: () => [...organisationKeys.all, 'page'] as const,
  page: (query: OrganisationPageQuery) => [...organisationKeys.pages(), query] as const,
};

/** First page of organisations matching a name search, for pickers. */
export function useOrganisations(query: OrganisationQuery) {
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }) =>
      http.get<Page<Organisation>>('/api/organisations', { ...query, page: 1, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One page of the organisation directory. */
export function useOrganisationPage(query: OrganisationPageQuery) {
  return useQuery({
    queryKey: organisationKeys.page(query),
    queryFn: ({ signal }) => http.get<Page<Organisation>>('/api/organisations', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Registers an organisation; pickers refetch too, since a new employer is usually wanted in one next. */
export function useAddOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: NewOrganisation) =>
      http.post<Organisation>('/api/organisations', organisation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
