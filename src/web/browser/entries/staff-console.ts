/** Page script: the counsellor console (/staff). */
import { startConsole } from '../console/app';
import { Texts } from '../shared/texts';

startConsole(Texts.fromPage(document, 'console-texts'));
