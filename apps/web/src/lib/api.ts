import { ERROR_CODES, type ErrorCode, type Issue } from '@jiuye/domain/errors';

/** One validation problem as reported by the server (`path` is dotted, e.g. `scope.universityCode`). */
export type ApiIssue = Issue;

/** Error codes of docs/API.md, plus `network` for requests that never got an answer. */
export type ApiErrorCode = ErrorCode | 'network';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([...ERROR_CODES, 'network']);

/** A failed API call, carrying the server's `{ error: { code, message, issues } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];

  constructor(status: number, code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** The list envelope every paginated endpoint returns. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `{ items }` envelope of the unpaginated reference lists. */
export interface ItemList<T> {
  items: T[];
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

type UnauthenticatedHandler = () => void;

// The app registers a handler that clears the session cache so the router can redirect with the current
// location remembered; the hard redirect is only a fallback before the app has mounted.
let onUnauthenticated: UnauthenticatedHandler = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Replaces what happens when a protected call answers 401 (session gone). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler): void {
  onUnauthenticated = handler;
}

/** Builds `?a=1&b=2`, skipping empty values so optional filters never reach the server as `""`. */
export function toQueryString(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((issue) => ({
    path: typeof issue.path === 'string' ? issue.path : Array.isArray(issue.path) ? issue.path.join('.') : '',
    message: typeof issue.message === 'string' ? issue.message : '',
  }));
}

function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 423:
      return 'locked';
    case 429:
      return 'rate_limited';
    default:
      return 'internal';
  }
}

/** Turns a non-2xx answer into an ApiError, tolerating bodies that are not the documented shape (e.g. a proxy's HTML page). */
export function errorFromResponse(status: number, bodyText: string): ApiError {
  let body: unknown;
  try {
    body = bodyText ? JSON.parse(bodyText) : undefined;
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const rawCode = typeof error?.code === 'string' ? error.code : '';
  const code = KNOWN_CODES.has(rawCode) ? (rawCode as ApiErrorCode) : codeForStatus(status);
  const message = typeof error?.message === 'string' ? error.message : '';
  return new ApiError(status, code, message, parseIssues(error?.issues));
}

// 401 from /api/auth/* means "wrong password" or "not logged in yet" and is handled by those pages.
function handleUnauthenticated(status: number, path: string): void {
  if (status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated();
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

/** The single fetch wrapper: same-origin cookies, JSON both ways, ApiError on failure. */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path + toQueryString(query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', '');
  }
  const text = await response.text();
  if (!response.ok) {
    handleUnauthenticated(response.status, path);
    throw errorFromResponse(response.status, text);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

export const http = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => apiFetch<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiFetch<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiFetch<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiFetch<T>(path, { method: 'PUT', body }),
};

/** Multipart upload through XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'internal', ''));
        }
        return;
      }
      handleUnauthenticated(xhr.status, path);
      reject(errorFromResponse(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
