// First: the zod settings apply before any schema is built or used.
import './zod-config';
export * from './primitives';
export * from './targets';
export * from './resources';
export * from './series';
export * from './validation-error';
export * from './paths';
