import type { EnrolmentStatus, ProgrammeKind } from '@jiuye/domain/assistance/training';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';

// Training programmes for targets (docs/ASSISTANCE.md, "Training"): 宏志助航 and others, enrolment,
// attendance per session, completion at ≥ 80 % attendance with a certificate number.

export type ProgrammeStatus = 'open' | 'closed';

export interface Programme {
  id: string;
  name: string;
  kind: ProgrammeKind;
  organiser: string;
  /** A university's own programme; null for a province's. */
  universityCode: string | null;
  universityName: string | null;
  provinceCode: string;
  startsOn: string;
  endsOn: string;
  sessions: number;
  capacity: number;
  description: string;
  status: ProgrammeStatus;
  enrolled: number;
  completed: number;
}

export interface Enrolment {
  graduateId: string;
  name: string;
  studentNo: string;
  universityName: string;
  status: EnrolmentStatus;
  /** Session numbers (1-based) attended. */
  attended: number[];
  completedOn: string | null;
  certificateNo: string | null;
}

export interface ProgrammeDetail extends Programme {
  enrolments: Enrolment[];
}

export type ProgrammeInput = Pick<
  Programme,
  'name' | 'kind' | 'organiser' | 'startsOn' | 'endsOn' | 'sessions' | 'capacity' | 'description'
>;

export interface ProgrammeQuery {
  status?: ProgrammeStatus;
  kind?: ProgrammeKind;
  page: number;
  pageSize: number;
}

export interface EnrolResult {
  enrolled: number;
  refused: { graduateId: string; message: string }[];
}

/** The most graduates one enrolment request may name (the server's limit). */
export const ENROL_MAX = 500;

export const trainingKeys = {
  all: ['training'] as const,
  lists: () => [...trainingKeys.all, 'list'] as const,
  list: (query: ProgrammeQuery) => [...trainingKeys.lists(), query] as const,
  detail: (id: string) => [...trainingKeys.all, 'detail', id] as const,
};

const programmePath = (id: string) => `/api/training/programmes/${encodeURIComponent(id)}`;

export function useProgrammes(query: ProgrammeQuery) {
  return useQuery({
    queryKey: trainingKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<Programme>>('/api/training/programmes', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: trainingKeys.detail(id),
    queryFn: ({ signal }) => http.get<ProgrammeDetail>(programmePath(id), undefined, signal),
  });
}

/** Refetches a programme and the lists it appears in after any change. */
function useChanged() {
  const queryClient = useQueryClient();
  return (id?: string) => {
    if (id) void queryClient.invalidateQueries({ queryKey: trainingKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: trainingKeys.lists() });
  };
}

export function useCreateProgramme() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: ProgrammeInput) => http.post<Programme>('/api/training/programmes', body),
    onSuccess: () => changed(),
  });
}

/** Edits the fields, or closes / reopens the programme (`{ status }`). */
export function useUpdateProgramme(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: ProgrammeInput | { status: ProgrammeStatus }) =>
      http.patch<Programme>(programmePath(id), body),
    onSuccess: () => changed(id),
  });
}

export function useEnrol(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (graduateIds: string[]) =>
      http.post<EnrolResult>(`${programmePath(id)}/enrolments`, { graduateIds }),
    onSuccess: () => changed(id),
  });
}

/** Replaces one session's attendance with the graduates listed. */
export function useSaveAttendance(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: { sessionNo: number; graduateIds: string[] }) =>
      http.post<unknown>(`${programmePath(id)}/attendance`, body),
    onSuccess: () => changed(id),
  });
}

export function useComplete(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({
      graduateId,
      ...body
    }: {
      graduateId: string;
      certificateNo: string;
      completedOn: string;
    }) =>
      http.post<unknown>(`${programmePath(id)}/enrolments/${encodeURIComponent(graduateId)}/complete`, body),
    onSuccess: () => changed(id),
  });
}

export function useWithdraw(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (graduateId: string) =>
      http.post<unknown>(`${programmePath(id)}/enrolments/${encodeURIComponent(graduateId)}/withdraw`),
    onSuccess: () => changed(id),
  });
}
