export * from './targets';
export * from './services';
export * from './subsidy';
export * from './handover';
export * from './training';
