export * from './dataset.ts';
export * from './errors.ts';
