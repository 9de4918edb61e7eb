export * from './rates';
export * from './scopes';
