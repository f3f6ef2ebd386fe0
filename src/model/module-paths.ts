// Where a module's files sit in the Typst workspace that documents and decks
// are compiled in: images are mapped under the same folder as in the project.
import { posix } from 'node:path';
import type { Module } from './types.js';

/** Folder of a module inside the Typst workspace, where its images are mapped. */
export function moduleBase(module: Module): string {
  return posix.join('/src', module.relDir);
}
