export * from './result';
export * from './text';
export * from './id-number';
export * from './uscc';
export * from './mobile';
export * from './school-code';
export * from './mask';
export * from './generate';
