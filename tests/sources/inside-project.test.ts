import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInsideProject } from '../../src/sources/inside-project.js';

function layout(): { root: string; conf: string; elsewhere: string } {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'promokit-inside-')));
  const root = join(top, 'project');
  const conf = join(root, 'manuals', 'conf');
  const elsewhere = join(top, 'elsewhere');
  mkdirSync(join(conf, 'decks'), { recursive: true });
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'secret.pdf'), 'secret');
  writeFileSync(join(conf, 'decks', 'a.pdf'), 'a');
  writeFileSync(join(root, 'shared.pdf'), 'shared');
  return { root, conf, elsewhere };
}

describe('resolveInsideProject', () => {
  it('accepts paths inside the project, existing or not, and links that stay inside', () => {
    const { root, conf } = layout();
    symlinkSync(join(root, 'shared.pdf'), join(conf, 'decks', 'link.pdf'));
    expect(resolveInsideProject(root, conf, 'decks/a.pdf')).toEqual({ path: join(conf, 'decks', 'a.pdf') });
    expect(resolveInsideProject(root, conf, '../../shared.pdf')).toEqual({ path: join(root, 'shared.pdf') });
    expect(resolveInsideProject(root, conf, 'decks/link.pdf')).toEqual({ path: join(root, 'shared.pdf') });
    expect(resolveInsideProject(root, conf, 'decks/missing/x.pdf')).toEqual({ path: join(conf, 'decks', 'missing', 'x.pdf') });
  });

  it('refuses .. and absolute paths out of the project, giving where they lead', () => {
    const { root, conf, elsewhere } = layout();
    expect(resolveInsideProject(root, conf, '../../../elsewhere/secret.pdf')).toEqual({ outside: join(elsewhere, 'secret.pdf') });
    expect(resolveInsideProject(root, conf, join(elsewhere, 'secret.pdf'))).toEqual({ outside: join(elsewhere, 'secret.pdf') });
    expect(resolveInsideProject(root, conf, '/etc/passwd')).toEqual({ outside: realpathSync('/etc/passwd') });
    // A sibling whose name starts like the root's is not inside it.
    mkdirSync(`${root}-other`);
    expect(resolveInsideProject(root, conf, '../../../project-other/x.pdf')).toEqual({ outside: `${root}-other/x.pdf` });
  });

  it('follows symlinks out of the project: to a file, a folder, or nothing yet', () => {
    const { root, conf, elsewhere } = layout();
    symlinkSync(join(elsewhere, 'secret.pdf'), join(conf, 'decks', 'file-link.pdf'));
    symlinkSync(elsewhere, join(conf, 'decks', 'dir-link'));
    symlinkSync(join(elsewhere, 'not-yet.pdf'), join(conf, 'decks', 'dangling.pdf'));
    expect(resolveInsideProject(root, conf, 'decks/file-link.pdf')).toEqual({ outside: join(elsewhere, 'secret.pdf') });
    expect(resolveInsideProject(root, conf, 'decks/dir-link/secret.pdf')).toEqual({ outside: join(elsewhere, 'secret.pdf') });
    expect(resolveInsideProject(root, conf, 'decks/dangling.pdf')).toEqual({ outside: join(elsewhere, 'not-yet.pdf') });
  });

  it('takes the root through a symlink as the same project', () => {
    const { root, conf } = layout();
    const alias = `${root}-alias`;
    symlinkSync(root, alias);
    expect(resolveInsideProject(alias, join(alias, 'manuals', 'conf'), 'decks/a.pdf')).toEqual({ path: join(conf, 'decks', 'a.pdf') });
  });
});
