/** The chart downloads: charts/<chart-id>.csv, .json and .svg (src/lib/routes/chart-file-routes.ts). */
import { chartFilePaths, chartFileRoute } from '../../lib/routes/chart-file-routes';

export const getStaticPaths = chartFilePaths;
export const GET = chartFileRoute('zh');
