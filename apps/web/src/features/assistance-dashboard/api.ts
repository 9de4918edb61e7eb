import type { SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../lib/api';

/** `GET /api/assistance/dashboard` (docs/ASSISTANCE.md, "Dashboard"), within the user's scope. */
export interface AssistanceDashboard {
  scope: { kind: 'national' | 'province' | 'university' | 'college'; name: string };
  targets: {
    graduates: number;
    byCategory: Record<string, number>;
    pendingReview: number;
    withPlan: number;
    withService: number;
  };
  standard: { unplacedTargets: number; meeting: number };
  placement: { targets: { total: number; placed: number }; all: { total: number; placed: number } };
  subsidies: { status: SubsidyStatus; count: number; amountFen: number }[];
  handover: {
    handedOver: number;
    contacted: number;
    wantsJob: number;
    goalMet: number;
    notConsented: number;
  };
}

export const assistanceDashboardKeys = {
  all: ['assistanceDashboard'] as const,
  cohort: (graduationYear: number) => [...assistanceDashboardKeys.all, graduationYear] as const,
};

export function useAssistanceDashboard(graduationYear: number) {
  return useQuery({
    queryKey: assistanceDashboardKeys.cohort(graduationYear),
    queryFn: ({ signal }) =>
      http.get<AssistanceDashboard>('/api/assistance/dashboard', { graduationYear }, signal),
    // Figures change with each decision; a minute's staleness saves refetching on every visit.
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
