export * from './provinces';
export * from './degree-levels';
export * from './destination-codes';
export * from './assistance-categories';
export * from './industries';
export * from './occupations';
export * from './minimum-wages';
