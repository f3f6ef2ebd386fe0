// The project settings file, promokit.config.yaml (or a "promokit" key in
// package.json): defaults for the options most commands share, so that they
// need not be repeated on every command line. Flags still win.
import type { z as Z } from 'zod';
import { z } from './schema.js';

// The values the CLI accepts for these options; a test keeps them equal to
// the lists the editions, booklets and reporters define.
export const CONFIG_PAPERS = ['letter', 'a4'] as const;
export const CONFIG_LAYOUTS = ['parallel', 'sequential', 'flip', 'single'] as const;
export const CONFIG_SHEETS = ['letter', 'a4', 'tabloid', 'a3'] as const;
export const CONFIG_FORMATS = ['text', 'json', 'github', 'junit'] as const;

const Folder = z.string().min(1).describe('a folder, relative to the folder holding this file');

export const ProjectConfig = z
  .object({
    root: Folder.optional().describe('project folder (the one holding manuals/), relative to this file'),
    out: Folder.optional().describe('output folder, relative to this file (--out)'),
    paper: z.enum(CONFIG_PAPERS).optional().describe('page size (--paper)'),
    layout: z.enum(CONFIG_LAYOUTS).optional().describe('bilingual edition layout of build (--layout)'),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'a language code such as es or en'))
      .min(1)
      .optional()
      .describe('languages to build (--lang)'),
    format: z.enum(CONFIG_FORMATS).optional().describe('how commands print their result (--format)'),
    jobs: z.number().int().min(1).optional().describe('pandoc-wasm threads of build (--jobs)'),
    booklet: z
      .object({
        sheet: z.enum(CONFIG_SHEETS).optional().describe('booklet sheet (--sheet); implies a booklet'),
        signature: z.number().int().min(1).optional().describe('sheets folded together (--signature); implies a booklet'),
      })
      .strict()
      .optional(),
    pandoc: z.string().min(1).optional().describe('a system pandoc: a name looked up on PATH, or a path relative to this file (--pandoc)'),
    cache: z
      .object({
        url: z
          .string()
          .regex(/^https?:\/\/[^\s?#]+$/, 'an http:// or https:// URL without ?query or #fragment')
          .optional()
          .describe('a remote HTTP cache (bazel-remote) read by build (--cache-url; PROMOKIT_CACHE_URL wins); writing needs --cache-write'),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ProjectConfig = Z.infer<typeof ProjectConfig>;
