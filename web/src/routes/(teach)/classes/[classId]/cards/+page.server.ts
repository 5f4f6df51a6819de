import type { PageServerLoad } from './$types';

/** The cards page only explains and offers the download; the api checks who asks when it makes the codes. */
export const load: PageServerLoad = (event) => ({ classId: event.params.classId });
