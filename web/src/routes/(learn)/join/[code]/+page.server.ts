import type { PageServerLoad } from './$types';

/** The join link only fills in the code: joining is a POST the learner confirms, never a side effect of a GET. */
export const load: PageServerLoad = ({ params }) => ({ code: params.code });
