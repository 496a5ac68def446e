/** The social cards: og/<chart-id>.png for every chart and og/site.png (src/lib/routes/chart-file-routes.ts). */
import { cardPaths, cardRoute } from '../../../lib/routes/chart-file-routes';

export const getStaticPaths = cardPaths;
export const GET = cardRoute('en');
