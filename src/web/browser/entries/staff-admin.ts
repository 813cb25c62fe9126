/** Page script: the admin page (/staff/admin). */
import { startAdmin } from '../admin/app';
import { Texts } from '../shared/texts';

startAdmin(Texts.fromPage(document, 'review-texts'));
