import { createAdChecker, type AdChecker } from './engine';
import { RULES } from './rules';
import { getJieba, loadPlaceNames } from '../text/jieba';

let checker: AdChecker | undefined;

/** The production checker: rules.ts with jieba (loads the dictionaries once, ≈0.3 s). */
export function getAdChecker(): AdChecker {
  if (!checker) {
    const places = loadPlaceNames();
    const segmenter = getJieba(places);
    checker = createAdChecker({ rules: RULES, places, segment: (text) => segmenter.cut(text, false) });
  }
  return checker;
}
