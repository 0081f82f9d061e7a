export * from './number';
export * from './value';
