export * from './vocabulary';
export * from './applications';
