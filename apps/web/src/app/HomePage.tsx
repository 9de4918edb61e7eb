import { lazy } from 'react';
import { useCurrentUser } from '../features/auth/api';

const GraduateHomePage = lazy(() =>
  import('../features/profile/pages/GraduateHomePage').then((m) => ({ default: m.GraduateHomePage })),
);
const StaffHomePage = lazy(() =>
  import('../features/dashboard/pages/StaffHomePage').then((m) => ({ default: m.StaffHomePage })),
);
const OrganisationHomePage = lazy(() =>
  import('../features/dashboard/pages/OrganisationHomePage').then((m) => ({
    default: m.OrganisationHomePage,
  })),
);

/** `/` shows a different home per role. */
export function HomePage() {
  const { role } = useCurrentUser();
  switch (role) {
    case 'graduate':
      return <GraduateHomePage />;
    case 'career_centre':
    case 'counsellor':
    case 'edu_official':
    case 'admin':
      return <StaffHomePage />;
    case 'employer':
    case 'agency':
    case 'hrss_official':
      return <OrganisationHomePage />;
  }
}
