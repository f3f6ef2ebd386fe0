// The failure of a manual with nothing to build, shared by every edition
// (PDF, HTML, EPUB): one message naming what is there and misnamed.
import { PromokitError } from '../errors.js';
import type { Manual } from './types.js';

/**
 * A manual without a single module (no folder under modules/, or none named
 * NN-slug) has nothing to build: an error naming its modules folder, and the
 * folders that are there but misnamed.
 */
export function noModulesError(manual: Manual): PromokitError {
  const folders = [...new Set([...manual.allFiles].filter((f) => f.startsWith('modules/') && f.split('/').length > 2).map((f) => f.split('/')[1]!))].sort();
  const misnamed = folders.length ? `; ${folders.map((f) => `"${f}"`).join(', ')} ${folders.length === 1 ? 'is' : 'are'} not named like that` : '';
  return new PromokitError(`no modules found in ${manual.relDir}/modules: each module is a folder named NN-slug, like 01-introduccion${misnamed}`, {
    file: `${manual.relDir}/modules`,
    rule: 'no-modules',
  });
}
