import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';

export type OrganisationKind = 'employer' | 'agency';

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature: string | null;
  industryCode: string | null;
  regionCode: string | null;
  verified: boolean;
}

export interface OrganisationQuery {
  q?: string;
  kind?: OrganisationKind;
}

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (query: OrganisationQuery) => [...organisationKeys.lists(), query] as const,
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
