/** The simulated site: appliances, cluster levels, the SMA. See README in src/engine for the layout. */
export * from './types.ts';
export * from './levels.ts';
export * from './site.ts';
export * from './manage.ts';
export { serialFor } from './serials.ts';
