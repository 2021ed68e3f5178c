import type { TargetStatus } from '@/domain/status';

/**
 * Status colours, each with at least 4.5:1 contrast on white. They always
 * appear together with the status word and symbol, never alone.
 */
export const STATUS_COLORS: Record<TargetStatus, string> = {
  naaet: '#1a7f37',
  'paa-vej': '#0a5c99',
  'i-risiko': '#8a5a00',
  'ikke-paa-vej': '#b3400a',
  'ikke-naaet': '#c0262d',
  'mangler-data': '#57606a',
};
