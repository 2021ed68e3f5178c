export * from './primitives';
export * from './targets';
export * from './resources';
export * from './series';
export * from './validation-error';
export * from './paths';
