import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, uploadWithProgress } from './api';

/** One proof file to upload, of a kind the form picked. */
export interface EvidenceUploadInput {
  kind: string;
  file: File;
  onProgress: (percent: number) => void;
}

/** Posts one proof file as multipart `kind` + `file` with progress: every evidence endpoint takes it so. */
export function postEvidence<T>(path: string, { kind, file, onProgress }: EvidenceUploadInput): Promise<T> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file);
  return uploadWithProgress<T>(path, form, onProgress);
}

/** The file types a proof may be, for the file picker. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png';

/**
 * Starts a proof upload after checking the file's type and size here (saving a wasted upload; the
 * server reads the type from the content and decides), with its progress and what went wrong.
 */
export function useEvidenceUpload<T extends { fileName: string }>({
  upload,
  maxBytes,
  wrongType,
  tooLarge,
  onUploaded,
}: {
  upload: UseMutationResult<T, Error, EvidenceUploadInput>;
  maxBytes: number;
  /** What is said of a file that is not PDF, JPG or PNG. */
  wrongType: string;
  /** What is said of a file over `maxBytes`. */
  tooLarge: string;
  onUploaded: (saved: T) => void;
}) {
  const [percent, setPercent] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // A refused kind or file is said with the picker; anything else is left to an alert.
  const issues = upload.error instanceof ApiError ? upload.error.issues : [];
  const help = fileError ?? (issues.length > 0 ? issues.map((i) => i.message).join('；') : null);

  const start = (kind: string, file: File) => {
    if (!/\.(pdf|jpe?g|png)$/i.test(file.name)) {
      setFileError(wrongType);
      return;
    }
    if (file.size > maxBytes) {
      setFileError(tooLarge);
      return;
    }
    setFileError(null);
    upload.reset();
    setPercent(0);
    upload.mutate(
      { kind, file, onProgress: setPercent },
      { onSuccess: onUploaded, onSettled: () => setPercent(null) },
    );
  };

  return {
    start,
    /** 0–100 while uploading, else null. */
    percent,
    /** The file's or the server's words on what is wrong with it, for under the picker. */
    help,
    /** An error the picker does not explain (no field issues), for an alert. */
    otherError: upload.error && issues.length === 0 ? upload.error : null,
  };
}
