export * from './primitives';
export * from './targets';
export * from './resources';
export * from './validation-error';
