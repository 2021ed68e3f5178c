import { queryOptions, useQuery } from '@tanstack/react-query';
import { planSchema } from '@/contract';
import { getResource } from '@/lib/api-client';
import { planKeys } from '@/api/plans';

export const getPlan = (planId: string, signal?: AbortSignal) =>
  getResource(`plans/${encodeURIComponent(planId)}.json`, planSchema, { signal });

export const planQuery = (planId: string) =>
  queryOptions({ queryKey: planKeys.detail(planId), queryFn: ({ signal }) => getPlan(planId, signal) });

export const usePlan = (planId: string) => useQuery(planQuery(planId));
