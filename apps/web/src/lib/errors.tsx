import { Alert, App, Button, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, type ApiIssue } from './api';
import { useT, type Translate } from './i18n';

// Schema errors name where the value was (`body.phone`, `querystring.q`); forms and readers want just the field.
const LOCATION_PREFIX = /^(body|querystring|params)\./;

/** The field part of an issue path. */
export function issueField(path: string): string {
  return path.replace(LOCATION_PREFIX, '');
}

/** A short, localized headline for any thrown value. */
export function errorTitle(t: Translate, error: unknown): string {
  if (error instanceof ApiError) return t(`error.${error.code}`);
  return t('error.unknown');
}

/** The server's own sentence, unless it only repeats the headline already shown. */
function serverMessage(error: unknown, headline: string): string {
  const message = error instanceof Error ? error.message : '';
  return message === headline ? '' : message;
}

/**
 * The server's message followed by every issue, so a user fixes all problems in one go.
 * `title` is the headline shown next to it (defaults to `errorTitle`), used to avoid saying the same thing twice;
 * `issues` overrides the error's own list, e.g. with those a form could not attach to a field.
 */
export function ErrorDetails({
  error,
  title,
  issues,
}: {
  error: unknown;
  title?: string;
  issues?: ApiIssue[];
}) {
  const t = useT();
  const message = serverMessage(error, title ?? errorTitle(t, error));
  const listed = issues ?? (error instanceof ApiError ? error.issues : []);
  if (!message && listed.length === 0) return null;
  return (
    <div>
      {message && <div>{message}</div>}
      {listed.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} aria-label={t('error.issues')}>
          {listed.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.path ? `${issueField(issue.path)}: ${issue.message}` : issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Inline error block for a failed query, with an optional retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={errorTitle(t, error)}
      description={<ErrorDetails error={error} />}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

/** Returns a function that pops a notification listing the error and all its issues. */
export function useShowError(): (error: unknown) => void {
  const { notification } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown) => {
      // A 401 already sent the user to the login page; a second notice would only be noise.
      if (error instanceof ApiError && error.code === 'unauthenticated') return;
      if (error instanceof DOMException && error.name === 'AbortError') return;
      notification.error({
        title: errorTitle(t, error),
        description: <ErrorDetails error={error} />,
        duration: 8,
      });
    },
    [notification, t],
  );
}

/**
 * Puts server validation issues on the matching form fields.
 * Returns the issues no field could show, so the caller can display them elsewhere.
 */
export function applyIssuesToForm(form: FormInstance, error: unknown, fields: readonly string[]): ApiIssue[] {
  if (!(error instanceof ApiError) || error.issues.length === 0) return [];
  const byField = new Map<string, string[]>();
  const rest: ApiIssue[] = [];
  for (const issue of error.issues) {
    const path = issueField(issue.path);
    const field = fields.find((name) => path === name || path.startsWith(`${name}.`));
    if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else rest.push(issue);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return rest;
}

/**
 * For a form's mutation `onError`: issues land on their fields; anything no field can show
 * (a 403, an issue on another path) becomes a notification.
 */
export function useFormErrorHandler(form: FormInstance, fields: readonly string[]): (error: unknown) => void {
  const showError = useShowError();
  return useCallback(
    (error: unknown) => {
      const unplaced = applyIssuesToForm(form, error, fields);
      const placedSome = error instanceof ApiError && error.issues.length > unplaced.length;
      if (!placedSome || unplaced.length > 0) showError(error);
    },
    [form, fields, showError],
  );
}
