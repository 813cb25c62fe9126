/** A process that takes a data folder's serve lock and keeps it until it is killed (for lock tests). */
import { acquireServeLock } from '../../src/store/sqlite/serveLock';

acquireServeLock(process.argv[2]!);
process.stdout.write('held\n');
setInterval(() => undefined, 60_000);
