/** Page script: the supervisor's review page (/staff/review). */
import { startReview } from '../review/app';
import { Texts } from '../shared/texts';

startReview(Texts.fromPage(document, 'review-texts'));
