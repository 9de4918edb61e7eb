import type { ResumeContent, VerifiedEducation } from '@jiuye/domain/recruitment/resume';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/api';

export type { ResumeContent, VerifiedEducation };

/** A résumé as shown (`GET /api/me/resume`, and inside an application for employers). */
export interface ResumeView {
  person: { name: string; phone: string | null; email: string | null; masked: boolean };
  education: VerifiedEducation;
  content: ResumeContent;
  updatedAt: string | null;
}

export interface OwnResume extends ResumeView {
  /** False until the graduate saves for the first time. */
  saved: boolean;
}

/** Where the browser downloads the graduate's own PDF (a plain link: the session cookie goes along). */
export const OWN_RESUME_PDF = '/api/me/resume.pdf';

export const resumeKeys = { own: ['resume', 'own'] as const };

export function useMyResume(enabled = true) {
  return useQuery({
    queryKey: resumeKeys.own,
    queryFn: ({ signal }) => http.get<OwnResume>('/api/me/resume', undefined, signal),
    enabled,
  });
}

/** Saves the whole résumé; a 400 lists every problem with its path (`internships.0.start`). */
export function useSaveResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: ResumeContent) => http.put<OwnResume>('/api/me/resume', content),
    onSuccess: (saved) => queryClient.setQueryData(resumeKeys.own, saved),
  });
}
