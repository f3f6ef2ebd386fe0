// Every manual rule, in the order the README lists them.
import type { Rule } from '../rule.js';
import { rule as languageFileMissing } from './language-file-missing.js';
import { rule as requiredSection } from './required-section.js';
import { rule as sectionEmpty } from './section-empty.js';
import { rule as sectionMismatch } from './section-mismatch.js';
import { rule as sectionIdMissing } from './section-id-missing.js';
import { rule as itemCountMismatch } from './item-count-mismatch.js';
import { rule as duplicateSectionId } from './duplicate-section-id.js';
import { rule as imageMissing } from './image-missing.js';
import { rule as figureMismatch } from './figure-mismatch.js';
import { rule as imageAltMissing } from './image-alt-missing.js';
import { rule as linkBroken } from './link-broken.js';
import { rule as reviewOverdue } from './review-overdue.js';
import { rule as glossaryIncomplete } from './glossary-incomplete.js';
import { rule as translationStale } from './translation-stale.js';
import { rule as readability } from './readability.js';
import { rule as headingLevelSkip } from './heading-level-skip.js';
import { rule as tableHeaderMissing } from './table-header-missing.js';
import { rule as linkTextVague } from './link-text-vague.js';
import { rule as breakReadAsList } from './break-read-as-list.js';
import { rule as pathOutsideProject } from './path-outside-project.js';
import { rule as editUnfinished } from './edit-unfinished.js';
import { rule as rawNotAllowed } from './raw-not-allowed.js';
import { rule as glyphMissing } from './glyph-missing.js';
import { rule as localeInvalid } from './locale-invalid.js';
import { rule as localeWordsMissing } from './locale-words-missing.js';
import { rule as sentenceLong } from './sentence-long.js';
import { rule as wordPlain } from './word-plain.js';
import { rule as wordLong } from './word-long.js';
import { rule as plainWordsInvalid } from './plain-words-invalid.js';
import { rule as passiveVoice } from './passive-voice.js';

export const manualRules: readonly Rule[] = [
  languageFileMissing,
  requiredSection,
  sectionEmpty,
  sectionMismatch,
  sectionIdMissing,
  itemCountMismatch,
  duplicateSectionId,
  imageMissing,
  pathOutsideProject,
  figureMismatch,
  imageAltMissing,
  linkBroken,
  reviewOverdue,
  glossaryIncomplete,
  translationStale,
  readability,
  headingLevelSkip,
  tableHeaderMissing,
  linkTextVague,
  breakReadAsList,
  editUnfinished,
  rawNotAllowed,
  glyphMissing,
  localeInvalid,
  localeWordsMissing,
  sentenceLong,
  wordPlain,
  wordLong,
  passiveVoice,
  plainWordsInvalid,
];
