import { ROSTER_COLUMNS } from '@jiuye/domain/roster';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { http, uploadWithProgress, type Page } from '../../lib/api';
import { rosterKeys } from '../roster/api';

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** One rejected row; `row` is the line in the file, the header being line 1. */
export interface ImportRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportJob {
  id: string;
  status: ImportStatus;
  fileName: string;
  universityCode: string;
  universityName?: string | null;
  rowsProcessed: number;
  accepted: number;
  rejected: number;
  /** Of the accepted rows: new records and changed records; the rest were already up to date. */
  inserted: number;
  updated: number;
  createdColleges: string[];
  /** Non-fatal notes from the server, e.g. columns it ignored. */
  warnings?: string[];
  errorSample: ImportRowError[];
  message?: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportListQuery {
  page: number;
  pageSize: number;
}

/** Columns the roster file must have, in the documented order (the importer's own definition). */
export const REQUIRED_COLUMNS = ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header);
export const OPTIONAL_COLUMNS = ROSTER_COLUMNS.filter((c) => !c.required).map((c) => c.header);

const POLL_MS = 1000;

export const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  list: (query: ImportListQuery) => [...importKeys.lists(), query] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};

/** True once the background job will not change any more. */
export function isFinished(status: ImportStatus): boolean {
  return status === 'succeeded' || status === 'failed';
}

/** Where the full error report (CSV with BOM, opens in Excel) is downloaded from. */
export function errorsCsvUrl(id: string): string {
  return `/api/imports/${encodeURIComponent(id)}/errors.csv`;
}

/** Sends the file; the server answers 202 as soon as the job is queued. */
export function uploadRoster(
  file: File,
  universityCode: string | undefined,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<{ id: string; status: ImportStatus }> {
  const form = new FormData();
  // Fields before the file: a streaming multipart parser sees universityCode before it starts on the rows.
  if (universityCode) form.append('universityCode', universityCode);
  form.append('file', file, file.name);
  return uploadWithProgress('/api/imports/graduates', form, onProgress, signal);
}

/**
 * One import, polled every second until it finishes. When a job this screen watched finishes,
 * the roster and import lists are refreshed so the new rows show without a reload.
 */
export function useImport(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.detail(id),
    queryFn: ({ signal }) => http.get<ImportJob>(`/api/imports/${encodeURIComponent(id)}`, undefined, signal),
    refetchInterval: (current) => {
      const status = current.state.data?.status;
      return status && isFinished(status) ? false : POLL_MS;
    },
  });
  const status = query.data?.status;
  const sawUnfinished = useRef(false);
  useEffect(() => {
    if (!status) return;
    if (!isFinished(status)) {
      sawUnfinished.current = true;
      return;
    }
    if (sawUnfinished.current) {
      sawUnfinished.current = false;
      void queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    }
  }, [status, queryClient]);
  return query;
}

export function useImports(query: ImportListQuery) {
  return useQuery({
    queryKey: importKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<ImportJob>>('/api/imports', { ...query }, signal),
    placeholderData: keepPreviousData,
    // Keep the list moving while something in it is still running.
    refetchInterval: (current) =>
      current.state.data?.items.some((job) => !isFinished(job.status)) ? 3 * POLL_MS : false,
  });
}
