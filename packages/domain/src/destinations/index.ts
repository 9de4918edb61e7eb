export * from './registration';
export * from './review';
export * from './import';
