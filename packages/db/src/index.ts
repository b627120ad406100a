export * from './client.ts';
export * from './audit.ts';
export * as schema from './schema.ts';
