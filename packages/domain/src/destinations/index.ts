export * from './registration';
export * from './review';
