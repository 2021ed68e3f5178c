import { useQuery } from '@tanstack/react-query';
import { getResource } from '@/lib/api-client';
import { resourceQuery } from './resource-query';

/** Plans are shared: the header, the overview, the series page (events) and the meeting pack read them. */

export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  detail: (planId: string) => [...planKeys.all, 'detail', planId] as const,
};

export const getPlans = (signal?: AbortSignal) => getResource('plans.json', 'plans', { signal });

export const plansQuery = () => resourceQuery(planKeys.list(), 'plans.json', 'plans');

export const usePlans = () => useQuery(plansQuery());

export const getPlan = (planId: string, signal?: AbortSignal) =>
  getResource(`plans/${encodeURIComponent(planId)}.json`, 'plan', { signal });

export const planQuery = (planId: string) =>
  resourceQuery(planKeys.detail(planId), `plans/${encodeURIComponent(planId)}.json`, 'plan');

export const usePlan = (planId: string, enabled = true) => useQuery({ ...planQuery(planId), enabled });
