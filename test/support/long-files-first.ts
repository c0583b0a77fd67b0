import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Where the long files live, longest first: the e2e fills through the extension and the Lab, then
 * the other real-browser files, then the files that start CLIs and wait on loopback servers.
 * Everything else (pure unit files, milliseconds each) comes last and fills the gaps.
 */
const LONG_FIRST = ['test/browser/sites/', 'test/browser/lab/', 'test/browser/', 'test/cli/', 'test/integration/'];

/**
 * Starts the long files first. Vitest's own order runs files it has no timings for (every file on
 * a fresh CI machine) largest first: a 13-line file that fills 13 fixture sites would start last
 * and run alone at the end while the other workers sit idle. The base order is kept within a group.
 */
export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const path = relative(file.project.config.root, file.moduleId);
      const index = LONG_FIRST.findIndex((folder) => path.startsWith(folder));
      return index === -1 ? LONG_FIRST.length : index;
    };
    const ranked = (await super.sort(files)).map((file, order) => ({ file, order, rank: rank(file) }));
    return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ file }) => file);
  }
}
