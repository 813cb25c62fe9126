/**
 * Every test file of tests/unit/nlu in one jest registry (tests/support/testGroup.ts says why and
 * how). One file alone: `npx jest tests/unit/nlu/<file>.test.ts` or `npm run test:file -- <path>`.
 */
import { registerGroup } from '../../support/testGroup';

registerGroup(__dirname);
