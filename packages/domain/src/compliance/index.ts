export * from './types';
export * from './categories';
export * from './compose';
export * from './limits';
export { createAdChecker, verdictOf, type AdChecker, type Segmenter } from './engine';
export { getAdChecker } from './segmenter';
export { RULES } from './rules';
export * from './input';
export * from './review';
