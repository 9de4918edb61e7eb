import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OrganisationKind,
  ReviewDecision,
  VerificationDecision,
  VerificationStatus,
} from '@jiuye/domain/recruitment/organisation';
import { http, type ItemList, type Page } from '../../lib/api';
import { authKeys, type Me } from '../auth/api';

export type { OrganisationKind };
export type OrganisationVerification = VerificationStatus;

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature: string | null;
  industryCode: string | null;
  regionCode: string | null;
  size: string | null;
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

/** The full registration data (`OrganisationProfile` in docs/API.md); the contact phone comes masked. */
export interface OrganisationProfile extends Organisation {
  provinceCode: string | null;
  regionName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  licenceNo: string | null;
  introduction: string | null;
  verificationNote: string | null;
  verifiedAt: string | null;
  updatedAt: string;
}

export interface Review {
  id: string;
  decision: ReviewDecision;
  reason: string | null;
  /** The official's name for officials; the organisation only sees its own people's names. */
  decidedBy: string | null;
  createdAt: string;
}

export interface OwnOrganisation extends OrganisationProfile {
  reviews: Review[];
  /** Set by a save: the change sent a verified organisation back to review. */
  backToPending?: boolean;
}

export interface VerificationDetail extends OrganisationProfile {
  registeredBy: { username: string; displayName: string } | null;
  staffCount: number;
  reviews: Review[];
}

export interface QueueEntry extends Organisation {
  regionName: string | null;
  verificationNote: string | null;
  updatedAt: string;
}

/** The registration data a form edits (registration and the profile page). */
export interface ProfileFields {
  name: string;
  uscc: string;
  nature: string;
  industryCode: string;
  regionCode: string;
  size: string;
  contactName: string;
  contactEmail: string;
  introduction?: string;
  licenceNo?: string;
}

export interface OrganisationRegistration extends ProfileFields {
  kind: OrganisationKind;
  contactPhone: string;
  username: string;
  displayName: string;
  password: string;
}

export interface ProfileUpdate extends ProfileFields {
  /** Left out keeps the stored number. */
  contactPhone?: string;
}

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  role: OrganisationKind;
  status: 'active' | 'disabled';
  lastLoginAt: string | null;
  createdAt: string;
  isSelf: boolean;
}

export interface NewStaff {
  username: string;
  displayName: string;
  password: string;
}

export interface VerificationQuery {
  q?: string;
  kind?: OrganisationKind;
  status?: OrganisationVerification;
  page: number;
  pageSize: number;
}

export const ownKeys = {
  all: ['organisation', 'own'] as const,
  profile: () => [...ownKeys.all, 'profile'] as const,
  staff: () => [...ownKeys.all, 'staff'] as const,
};

export const verificationKeys = {
  all: ['organisation', 'verification'] as const,
  queue: (query: VerificationQuery) => [...verificationKeys.all, 'queue', query] as const,
  detail: (id: string) => [...verificationKeys.all, 'detail', id] as const,
};

/**
 * Registers an organisation and its first HR account; the server signs the new account in. The page
 * stores the session user itself, right as it leaves for the profile: stored here, the sign-out-only
 * registration page would first send the new user to the home page.
 */
export function useRegisterOrganisation() {
  return useMutation({
    mutationFn: (registration: OrganisationRegistration) =>
      http.post<{ organisation: OrganisationProfile; user: Me }>('/api/organisations/register', registration),
  });
}

/** The signed-in HR account's organisation with its review history. */
export function useOwnOrganisation() {
  return useQuery({
    queryKey: ownKeys.profile(),
    queryFn: ({ signal }) => http.get<OwnOrganisation>('/api/organisations/mine', undefined, signal),
  });
}

export function useUpdateOwnOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: ProfileUpdate) => http.put<OwnOrganisation>('/api/organisations/mine', update),
    onSuccess: (profile) => {
      queryClient.setQueryData(ownKeys.profile(), profile);
      // The name shown in the header comes from the session user.
      void queryClient.invalidateQueries({ queryKey: authKeys.me() });
      void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}

export function useResubmit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | undefined) =>
      http.post<OwnOrganisation>('/api/organisations/mine/resubmit', note ? { note } : {}),
    onSuccess: (profile) => queryClient.setQueryData(ownKeys.profile(), profile),
  });
}

export function useRevealOwnPhone() {
  return useMutation({
    mutationFn: () => http.post<{ value: string | null }>('/api/organisations/mine/reveal'),
  });
}

export function useStaff() {
  return useQuery({
    queryKey: ownKeys.staff(),
    queryFn: ({ signal }) =>
      http.get<ItemList<StaffMember>>('/api/organisations/mine/staff', undefined, signal),
  });
}

export function useAddStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (staff: NewStaff) => http.post<StaffMember>('/api/organisations/mine/staff', staff),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownKeys.staff() }),
  });
}

export function useSetStaffStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: StaffMember['status'] }) =>
      http.patch<StaffMember>(`/api/organisations/mine/staff/${encodeURIComponent(id)}`, { status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownKeys.staff() }),
  });
}

/** Officials' queue: pending and needs-info registrations by default, oldest first. */
export function useVerificationQueue(query: VerificationQuery) {
  return useQuery({
    queryKey: verificationKeys.queue(query),
    queryFn: ({ signal }) =>
      http.get<Page<QueueEntry>>('/api/organisations/verification', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVerificationDetail(id: string) {
  return useQuery({
    queryKey: verificationKeys.detail(id),
    queryFn: ({ signal }) =>
      http.get<VerificationDetail>(
        `/api/organisations/verification/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
  });
}

export function useDecideVerification(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: VerificationDecision; reason?: string }) =>
      http.post<VerificationDetail>(
        `/api/organisations/verification/${encodeURIComponent(id)}/decision`,
        body,
      ),
    onSuccess: (detail) => {
      queryClient.setQueryData(verificationKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...verificationKeys.all, 'queue'] });
      void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}

export function useRevealContactPhone(id: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      http.post<{ value: string | null }>(
        `/api/organisations/verification/${encodeURIComponent(id)}/reveal`,
        {
          reason,
        },
      ),
  });
}
