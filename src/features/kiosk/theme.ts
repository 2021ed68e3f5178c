import type { TargetStatus } from '@/domain/status';

/**
 * The wall screen's dark palette. Each colour has at least 7:1 contrast on
 * the background, so text stays legible from across a bright hall; statuses
 * always come with their word and symbol as well.
 */
export const KIOSK_THEME = {
  background: '#0b0e13',
  surface: '#161b22',
  text: '#f3f5f8',
  muted: '#c3cad3',
  grid: '#3a4350',
  goal: '#ffffff',
  areas: ['#7cc0ff', '#f5c95a', '#d7a6ff', '#6fdd95'],
} as const;

export const KIOSK_STATUS_COLORS: Record<TargetStatus, string> = {
  naaet: '#6fdd95',
  'paa-vej': '#7cc0ff',
  'i-risiko': '#f5c95a',
  'ikke-paa-vej': '#ffa574',
  'ikke-naaet': '#ff8a8a',
  'mangler-data': '#c3cad3',
};
