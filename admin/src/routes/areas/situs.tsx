import { AlumniPage } from '../../pages/alumni.tsx';
import { ImporWordPressPage } from '../../pages/impor-wordpress.tsx';

// The website's own screens (one chunk): alumni lists and the WordPress import.
export const AlumniScreen = AlumniPage;
export const ImporWordPressScreen = ImporWordPressPage;
