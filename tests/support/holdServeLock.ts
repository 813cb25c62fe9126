/** A process that takes a data folder's serve lock and keeps it until it is killed (for lock tests). */
import { acquireServeLock } from '../../src/store/sqlite/serveLock';

// The lock must stay reachable: a dropped lock's database connection is closed by the garbage
// collector, which frees the folder at a moment that depends on the machine's load (the test then
// found the folder free while this process still ran).
const lock = acquireServeLock(process.argv[2]!);
process.stdout.write('held\n');
setInterval(() => lock, 60_000);
