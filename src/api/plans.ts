import { queryOptions, useQuery } from '@tanstack/react-query';
import { planListSchema } from '@/contract';
import { getResource } from '@/lib/api-client';

/** The plan list is shared: the header's plan choice, the overview and the data page all read it. */

export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  detail: (planId: string) => [...planKeys.all, 'detail', planId] as const,
};

export const getPlans = (signal?: AbortSignal) => getResource('plans.json', planListSchema, { signal });

export const plansQuery = () => queryOptions({ queryKey: planKeys.list(), queryFn: ({ signal }) => getPlans(signal) });

export const usePlans = () => useQuery(plansQuery());
