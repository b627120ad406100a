export { createApp, type AppDeps } from './app.ts';
export { loadConfig, type Config } from './config.ts';
export { can, ACTIONS, ROLES, type Action, type Resource, type Role, type SessionUser } from './permissions.ts';
export { hashPassword, verifyPassword, passwordParams } from './auth/password.ts';
export { routes, type RouteSpec } from './routes/catalog.ts';
export * from './usecases/reports/index.ts';
export * from './usecases/rule-sets/index.ts';
