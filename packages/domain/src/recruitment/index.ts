export * from './vocabulary';
export * from './applications';
export * from './resume';
