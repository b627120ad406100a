import { useParams, useSearchParams } from 'react-router';
import { useOpdList, usePemdaList } from '../../app/data.ts';
import { ErrorState, Forbidden, NotFound } from '../../app/NotFound.tsx';
import { isApiError } from '../../api/error.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { canSee } from '../../model/access.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { Loading, Tabs } from '../../ui/index.ts';
import { OpdPanel } from './OpdPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';
import { RuleSetPanel } from './RuleSetPanel.tsx';

const t = id.admin;

/** Admin (admin_pemda, superadmin): users and OPD of the Pemda in the URL. */
export default function AdminPage() {
  useTitle(t.title);
  const { me } = useSession();
  const params = useParams();
  const pemda = params.pemda ?? '';
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') ?? 'pengguna';
  const opds = useOpdList(pemda);
  const pemdaList = usePemdaList(me?.pemda === null);
  const pemdaName = me?.pemda?.slug === pemda ? me.pemda.name : (pemdaList.data?.find((p) => p.slug === pemda)?.name ?? pemda);

  if (!canSee(me, 'admin')) return <Forbidden />;
  if (opds.loading) return <Loading />;
  if (opds.error) return isApiError(opds.error) && opds.error.code === 'not_found' ? <NotFound /> : <ErrorState error={opds.error} onRetry={opds.reload} />;
  const list = opds.data ?? [];

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.subtitle(pemdaName)}</p>
        </div>
      </div>
      <Tabs
        label={t.title}
        selected={tab}
        onSelect={(key) => setSearch(key === 'pengguna' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'pengguna', label: t.usersTab, content: <UsersPanel pemda={pemda} opds={list} /> },
          { key: 'opd', label: t.opdTab, content: <OpdPanel pemda={pemda} opds={list} onChanged={opds.reload} /> },
          { key: 'aturan', label: id.rules.tab, content: <RuleSetPanel pemda={pemda} opds={list} /> },
        ]}
      />
    </>
  );
}
