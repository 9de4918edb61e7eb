export * from './roles';
export * from './validators';
export * from './reference';
export * from './roster';
export * from './recruitment';
export * from './destinations';
export * from './monitoring';
export * from './dates';
