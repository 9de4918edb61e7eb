import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { JobSearch } from '../components/JobSearch';

/** 岗位搜索: every published job, open to anyone; the graduate's home for finding work. */
export function JobSearchPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('search.title')} />
      <JobSearch />
    </>
  );
}
