import { briefingFilePaths, briefingFileRoute } from '../../../lib/routes/briefing-file-route';

/** The offline deck in English, en/briefing/deck.html (src/lib/routes/briefing-file-route.ts). */
export const getStaticPaths = briefingFilePaths;
export const GET = briefingFileRoute('en');
